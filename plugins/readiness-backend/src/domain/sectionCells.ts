import { SectionCell } from '@readiness/plugin-readiness-common';
import { SectionSums } from '../database/ReviewStore';

/** Averages to one decimal, as the review store rounds the other figures. */
const average = (sum: number, entities: number) =>
  entities > 0 ? Math.round((sum / entities) * 10) / 10 : null;

/**
 * The heat map's cells from per-group section sums: each group's average section score, and
 * the overall one (key `*`), which is the sum over the groups divided by their count, so both
 * come from one scan.
 */
export function sectionCells(sums: SectionSums[]): SectionCell[] {
  const overall = new Map<string, { sum: number; entities: number }>();
  const cells: SectionCell[] = [];
  for (const { key, sectionId, scoreSum, entities } of sums) {
    cells.push({
      key,
      sectionId,
      entities,
      averageScore: average(scoreSum, entities),
    });
    const total = overall.get(sectionId) ?? { sum: 0, entities: 0 };
    total.sum += scoreSum;
    total.entities += entities;
    overall.set(sectionId, total);
  }
  return [
    ...[...overall].map(([sectionId, total]) => ({
      key: '*',
      sectionId,
      entities: total.entities,
      averageScore: average(total.sum, total.entities),
    })),
    ...cells,
  ];
}
