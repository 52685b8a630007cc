import { applicableChecklist } from '@readiness/plugin-readiness-common';
import { ReadinessConfig } from '../config/readReadinessConfig';
import { StoredAnswer } from '../database/ReadinessStore';
import {
  HistoryEvent,
  SnapshotBackfillStore,
  SnapshotRow,
} from '../database/SnapshotBackfillStore';
import { ScoreCalculator } from '../domain/ScoreCalculator';

const DAY_MS = 24 * 60 * 60 * 1000;
const dayOf = (time: number) => new Date(time).toISOString().slice(0, 10);

/**
 * Trends from day one: when no snapshot of an earlier day exists, rebuilds each past day's
 * snapshot (up to `maxDays` back, and not before the first answer) by replaying the answer
 * history: every entity still in the catalog that had answers by the end of that day, scored as
 * its people's answers stood then (automatic answers have no history and are left out). Today's
 * snapshot is the snapshot task's. Returns how many days and rows it wrote.
 */
export async function backfillSnapshots(options: {
  store: SnapshotBackfillStore;
  calculator: ScoreCalculator;
  config: ReadinessConfig;
  now: Date;
  maxDays: number;
}): Promise<{ days: number; rows: number }> {
  const { store, calculator, config, now, maxDays } = options;
  const today = dayOf(now.getTime());
  if (await store.hasSnapshotsBefore(today)) {
    return { days: 0, rows: 0 };
  }
  const history = await store.listHistory();
  if (history.length === 0) {
    return { days: 0, rows: 0 };
  }
  const byEntity = new Map<string, HistoryEvent[]>();
  for (const event of history) {
    const events = byEntity.get(event.entityRef) ?? [];
    events.push(event);
    byEntity.set(event.entityRef, events);
  }
  const checklists = new Map(config.checklists.map(c => [c.id, c]));
  const subjects = (await store.listPresentSubjects()).filter(
    s => byEntity.has(s.entityRef) && checklists.has(s.checklistId),
  );

  const firstAnswer = Date.parse(history[0].changedAt);
  let day = Date.parse(
    dayOf(Math.max(firstAnswer, now.getTime() - maxDays * DAY_MS)),
  );
  let days = 0;
  let written = 0;
  for (; dayOf(day) < today; day += DAY_MS) {
    const endOfDay = new Date(day + DAY_MS - 1);
    const rows: SnapshotRow[] = [];
    for (const subject of subjects) {
      const answers = answersAsOf(byEntity.get(subject.entityRef)!, endOfDay);
      if (answers === undefined) {
        continue; // no answer yet on that day
      }
      const { figures } = calculator.figures(
        applicableChecklist(checklists.get(subject.checklistId)!, {
          kind: subject.kind,
          spec: { type: subject.entityType },
        }),
        answers,
        [],
        endOfDay,
      );
      rows.push({
        ...subject,
        day: dayOf(day),
        score: figures.score,
        level: figures.level,
        answered: figures.answered,
        questions: figures.questions,
        stale: figures.stale,
      });
    }
    await store.writeSnapshotDay(dayOf(day), rows);
    days += 1;
    written += rows.length;
  }
  return { days, rows: written };
}

/** An entity's answers at a time, from its history; undefined before its first answer. */
function answersAsOf(
  events: HistoryEvent[],
  at: Date,
): StoredAnswer[] | undefined {
  const until = at.toISOString();
  const current = new Map<string, StoredAnswer>();
  let any = false;
  for (const event of events) {
    if (event.changedAt > until) {
      break;
    }
    any = true;
    if (event.status === 'cleared') {
      current.delete(event.questionId);
      continue;
    }
    current.set(event.questionId, {
      entityRef: event.entityRef,
      questionId: event.questionId,
      status: event.status,
      links: [],
      version: 0,
      answeredBy: event.changedBy,
      answeredAt: event.changedAt,
      reviewedAt: event.changedAt,
    });
  }
  return any ? [...current.values()] : undefined;
}
