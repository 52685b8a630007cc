import {
  ASSESSMENT_STATE_TITLES,
  NO_LEVEL,
  NO_LEVEL_TITLE,
  ReadinessLevel,
  ReadinessReport,
} from '@readiness/plugin-readiness-common';
import { EntityScore } from '../../api/ReadinessApi';
import { GROUP_BY_LABEL } from '../shared/groupLabels';

/** Quotes a CSV field when it needs it (RFC 4180). */
const field = (value: string | number | null) => {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * The review's grouped view as CSV: one row per group with its key (an entity ref for owners,
 * systems and domains), its name, its figures, level counts and average section scores, as
 * filtered on the page.
 */
export function reportToCsv(
  report: ReadinessReport,
  nameOf: (key: string | null) => string,
): string {
  const { groups, levels, sections, sectionScores, groupBy } = report;
  const levelIds = [NO_LEVEL, ...levels.map(l => l.id)];
  const header = [
    GROUP_BY_LABEL[groupBy],
    'Name',
    'In scope',
    ASSESSMENT_STATE_TITLES.assessed,
    ASSESSMENT_STATE_TITLES.automatic,
    ASSESSMENT_STATE_TITLES['not-started'],
    'Entities',
    'Average score',
    'Lowest score',
    'Highest score',
    NO_LEVEL_TITLE,
    ...levels.map(l => l.title),
    'Stale answers',
    'Entities needing review',
    ...sections.map(s => `${s.title} (average)`),
  ];
  const cell = new Map(
    sectionScores.map(c => [`${c.key}\u0000${c.sectionId}`, c.averageScore]),
  );
  const rows = groups.map(group => [
    group.key ?? '',
    nameOf(group.key),
    group.coverage.inScope,
    group.coverage.assessed,
    group.coverage.automatic,
    group.coverage.notStarted,
    group.entities,
    group.averageScore,
    group.minScore,
    group.maxScore,
    ...levelIds.map(id => group.levels[id] ?? 0),
    group.staleAnswers,
    group.entitiesWithStale,
    ...sections.map(s => cell.get(`${group.key}\u0000${s.id}`) ?? null),
  ]);
  return `${[header, ...rows]
    .map(row => row.map(field).join(','))
    .join('\r\n')}\r\n`;
}

/**
 * A drill-down's entities as CSV, not-started ones included: ref, name, assessment state,
 * score, level title and answered questions.
 */
export function entitiesToCsv(
  items: EntityScore[],
  levels: ReadinessLevel[],
  nameOf: (ref: string) => string,
): string {
  const header = [
    'Entity',
    'Name',
    'Assessment',
    'Score',
    'Level',
    'Answered',
    'Questions',
  ];
  const rows = items.map(item => [
    item.entityRef,
    item.title ?? nameOf(item.entityRef),
    ASSESSMENT_STATE_TITLES[item.assessment],
    item.score,
    levels.find(l => l.id === item.level)?.title ?? NO_LEVEL_TITLE,
    item.answered,
    item.questions,
  ]);
  return `${[header, ...rows]
    .map(row => row.map(field).join(','))
    .join('\r\n')}\r\n`;
}

/** Offers a text as a file download in the browser. */
export function downloadCsv(filename: string, csv: string) {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.appendChild(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
