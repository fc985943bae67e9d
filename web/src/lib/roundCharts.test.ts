import { describe, expect, it } from 'vitest';
import { roundResults } from '../test/roundFixtures.ts';
import { criteriaChart, distributionChart, rankingChart } from './roundCharts.ts';

const question = (id: string) => roundResults().questions.find((q) => q.questionId === id)!;

describe('round charts', () => {
  it('counts every score of a rating, also those nobody gave', () => {
    const chart = distributionChart({ ...question('q_rating'), distribution: { '4': 2 } }, String, 'Aantal');
    expect(chart).toEqual({ labels: ['1', '2', '3', '4', '5'], series: [{ label: 'Aantal', data: [0, 0, 0, 2, 0] }] });
  });

  it('ranks options by their mean, best first, keeping ties in the server order', () => {
    const vendors = question('q_vendors');
    const tied = { ...vendors, ranking: [...vendors.ranking!, { ...vendors.ranking![1]!, option: 'Gamma' }] };
    expect(rankingChart(tied, 'Gemiddelde').labels).toEqual(['Beta', 'Gamma', 'Alpha']);
    expect(criteriaChart(vendors).series).toEqual([
      { label: 'Gebruiksgemak', data: [4.5, 2.5] },
      { label: 'Mobiel', data: [4, 3] },
    ]);
  });
});
