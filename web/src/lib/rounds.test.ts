import { describe, expect, it } from 'vitest';
import { layers } from '../test/fixtures.ts';
import { draftToInput, layerCoverage, moved, newDraftQuestion, roundActions } from './rounds.ts';

describe('round builder helpers', () => {
  it('moves a question one place and leaves the list alone at either end', () => {
    expect(moved(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moved(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  it('sends options and criteria only with the kinds that take them, trimmed', () => {
    const rating = { ...newDraftQuestion('rating'), text: ' Hoe? ', options: ['stray'] };
    expect(draftToInput(rating)).toEqual({ kind: 'rating', text: 'Hoe?', required: true });
    const vendors = {
      ...newDraftQuestion('score_options'),
      id: 'q_1',
      text: 'Scoor',
      options: [' A ', 'B'],
      criteria: ['Zoeken '],
    };
    expect(draftToInput(vendors)).toEqual({
      id: 'q_1',
      kind: 'score_options',
      text: 'Scoor',
      required: true,
      options: ['A', 'B'],
      criteria: ['Zoeken'],
    });
  });

  it('counts participants per staffed layer and names the layers nobody speaks for', () => {
    const empty = { ...layers[0]!, id: 'no-staff', employeeCount: 0, rank: 9 };
    const result = layerCoverage(
      [
        { layerId: layers[3]!.id, departmentId: 'd1' },
        { layerId: layers[3]!.id, departmentId: 'd2' },
        { layerId: layers[1]!.id, departmentId: 'd1' },
      ],
      [empty, ...layers],
    );
    expect(result.layers.map((row) => [row.layer.name, row.participants])).toEqual([
      ['Bestuur en directie', 0],
      ['Management', 1],
      ['Teamleiding', 0],
      ['Zorg en behandeling', 2],
    ]);
    expect(result.missing.map((layer) => layer.name)).toEqual(['Bestuur en directie', 'Teamleiding']);
  });

  it('offers the actions a status allows', () => {
    expect(roundActions({ status: 'draft' })).toMatchObject({ open: true, remove: true, close: false, results: false });
    expect(roundActions({ status: 'open' })).toMatchObject({ open: false, remove: false, close: true, remind: true });
    expect(roundActions({ status: 'closed' })).toMatchObject({ edit: false, remind: false, results: true });
  });
});
