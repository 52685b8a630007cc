import { applicableChecklist } from '@readiness/plugin-readiness-common';
import { ReadinessConfig } from '../config/readReadinessConfig';
import { StoredAnswer } from '../database/ReadinessStore';
import {
  HistoryEvent,
  SnapshotBackfillStore,
  SnapshotRow,
} from '../database/SnapshotBackfillStore';
import { ScoreCalculator } from './ScoreCalculator';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The backfill waits until the history has been quiet this long, so an import is replayed whole. */
export const BACKFILL_SETTLE_MS = 60 * 1000;

/**
 * When each event took effect: when it was recorded, or, for an answer imported as reviewed
 * earlier, when it was reviewed; never before the question's previous event.
 */
function effectiveTimes(events: HistoryEvent[]): Map<HistoryEvent, string> {
  const times = new Map<HistoryEvent, string>();
  const lastOf = new Map<string, string>();
  for (const event of events) {
    const key = `${event.entityRef}\u0000${event.questionId}`;
    let at =
      event.reviewedAt && event.reviewedAt < event.changedAt
        ? event.reviewedAt
        : event.changedAt;
    const previous = lastOf.get(key);
    if (previous && at < previous) {
      at = previous;
    }
    lastOf.set(key, at);
    times.set(event, at);
  }
  return times;
}
const dayOf = (time: number) => new Date(time).toISOString().slice(0, 10);

/**
 * Trends from day one: when no snapshot of an earlier day exists, rebuilds each past day's
 * snapshot (up to `maxDays` back, and not before the first answer) by replaying the answer
 * history: every entity still in the catalog that had answers by the end of that day, scored as
 * its people's answers stood then (automatic answers have no history and are left out); an
 * answer imported as reviewed earlier counts from then. Today's snapshot is the snapshot task's. Returns how many days and rows it wrote.
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
  // Nothing before today, or answers still coming in (an import): a later run replays it whole.
  const span = await store.historySpan();
  if (
    !span ||
    span.earliest.slice(0, 10) >= today ||
    Date.parse(span.lastChange) > now.getTime() - BACKFILL_SETTLE_MS
  ) {
    return { days: 0, rows: 0 };
  }
  const history = await store.listHistory();
  if (history.length === 0) {
    return { days: 0, rows: 0 };
  }
  const effective = effectiveTimes(history);
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

  let firstAnswer = Infinity;
  for (const at of effective.values()) {
    firstAnswer = Math.min(firstAnswer, Date.parse(at));
  }
  let day = Date.parse(
    dayOf(Math.max(firstAnswer, now.getTime() - maxDays * DAY_MS)),
  );
  let days = 0;
  let written = 0;
  for (; dayOf(day) < today; day += DAY_MS) {
    const endOfDay = new Date(day + DAY_MS - 1);
    const rows: SnapshotRow[] = [];
    for (const subject of subjects) {
      const answers = answersAsOf(
        byEntity.get(subject.entityRef)!,
        effective,
        endOfDay,
      );
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
  effective: Map<HistoryEvent, string>,
  at: Date,
): StoredAnswer[] | undefined {
  const until = at.toISOString();
  const current = new Map<string, StoredAnswer>();
  let any = false;
  for (const event of events) {
    if (effective.get(event)! > until) {
      continue;
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
      reviewedAt: event.reviewedAt ?? event.changedAt,
    });
  }
  return any ? [...current.values()] : undefined;
}
