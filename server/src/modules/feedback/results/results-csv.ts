import type { Locale, RoundResults } from '@ambassador/shared';
import { writeExcelCsv } from '../../../http/excel-csv.ts';

const TEXTS = {
  nl: {
    header: [
      'Vraag',
      'Soort',
      'Uitsplitsing',
      'Groep',
      'Uitgenodigd',
      'Antwoorden',
      'Gemiddelde',
      'Waarde',
      'Aantal',
      'Opmerking',
    ],
    participation: 'Deelname',
    all: 'Totaal',
    layer: 'Laag',
    department: 'Afdeling',
    ranking: 'Rangorde',
    rankingLayer: 'Rangorde per laag',
    text: 'Tekst',
    suppressed: (n: number) => `Onderdrukt: minder dan ${n} antwoorden`,
    unheard: 'Laag zonder reactie',
  },
  en: {
    header: ['Question', 'Kind', 'Breakdown', 'Group', 'Invited', 'Responses', 'Mean', 'Value', 'Count', 'Note'],
    participation: 'Participation',
    all: 'Total',
    layer: 'Layer',
    department: 'Department',
    ranking: 'Ranking',
    rankingLayer: 'Ranking by layer',
    text: 'Text',
    suppressed: (n: number) => `Suppressed: fewer than ${n} responses`,
    unheard: 'Layer without a response',
  },
};

export type Names = { layer: (id: string) => string; department: (id: string) => string };

type Figures = { responses: number; mean?: number; distribution?: Record<string, number>; suppressed?: boolean };

/**
 * The results as HR opens them in Excel: participation overall, by layer and by department, then per question its
 * figures overall, by layer and by department (a row per distribution value), its ranking and its texts. Means are
 * unrounded, with the decimal comma in Dutch; a suppressed group says so and shows nothing else.
 */
export function resultsCsv(results: RoundResults, names: Names, locale: Locale): Buffer {
  const t = TEXTS[locale];
  const number = (value: number | undefined) =>
    value === undefined ? '' : locale === 'nl' ? String(value).replace('.', ',') : String(value);
  const rows: string[][] = [t.header];
  const width = t.header.length;
  const row = (cells: (string | number | undefined)[]) =>
    rows.push(
      Array.from({ length: width }, (_, i) => {
        const cell = cells[i];
        return typeof cell === 'number' ? number(cell) : (cell ?? '');
      }),
    );

  const { participation } = results;
  row([t.participation, '', t.all, '', participation.invited, participation.responded]);
  for (const layer of participation.byLayer)
    row([t.participation, '', t.layer, names.layer(layer.layerId), layer.invited, layer.responded]);
  for (const department of participation.byDepartment)
    row([
      t.participation,
      '',
      t.department,
      names.department(department.departmentId),
      department.invited,
      department.responded,
    ]);
  for (const layerId of participation.unheardLayerIds)
    row([t.participation, '', t.layer, names.layer(layerId), '', '', '', '', '', t.unheard]);

  for (const question of results.questions) {
    const figures = (breakdown: string, group: string, f: Figures) => {
      if (f.suppressed) {
        row([
          question.text,
          question.kind,
          breakdown,
          group,
          '',
          f.responses,
          '',
          '',
          '',
          t.suppressed(results.minGroupSize),
        ]);
        return;
      }
      row([question.text, question.kind, breakdown, group, '', f.responses, f.mean]);
      for (const [value, count] of Object.entries(f.distribution ?? {}))
        row([question.text, question.kind, breakdown, group, '', '', '', value, count]);
    };
    figures(t.all, '', question);
    for (const layer of question.byLayer) figures(t.layer, names.layer(layer.layerId), layer);
    for (const department of question.byDepartment)
      figures(t.department, names.department(department.departmentId), department);
    for (const option of question.ranking ?? []) {
      row([question.text, question.kind, t.ranking, option.option, '', '', option.mean]);
      for (const [criterion, mean] of Object.entries(option.criteria))
        row([question.text, question.kind, t.ranking, option.option, '', '', mean, criterion]);
      for (const layer of option.byLayer)
        row([
          question.text,
          question.kind,
          t.rankingLayer,
          option.option,
          '',
          '',
          layer.mean,
          names.layer(layer.layerId),
        ]);
    }
    for (const text of question.texts ?? []) row([question.text, question.kind, t.text, '', '', '', '', text]);
  }
  return writeExcelCsv(rows);
}
