import { InputError } from '@backstage/errors';
import {
  parseInstant,
  ReadinessLevel,
  storedEntityRef,
} from '@readiness/plugin-readiness-common';
import {
  ReadinessStore,
  ScorePage,
  ScoreQuery,
} from '../database/ReadinessStore';
import { decodeScoreCursor, encodeScoreCursor } from './scoreCursor';

/**
 * Reads scores in bulk: checks what the schema cannot (known levels, a sane score range, a
 * valid time) and turns the opaque cursor into the store's position and back.
 */
export class ScoreQueries {
  constructor(
    private readonly options: {
      answers: ReadinessStore;
      levels: ReadinessLevel[];
    },
  ) {}

  async queryScores(query: ScoreQuery): Promise<ScorePage> {
    const known = new Set([...this.options.levels.map(l => l.id), 'none']);
    const unknown = query.levels?.find(l => !known.has(l));
    if (unknown) {
      throw new InputError(
        `Unknown level '${unknown}'; use one of ${[...known].join(', ')}`,
      );
    }
    if (
      query.minScore !== undefined &&
      query.maxScore !== undefined &&
      query.minScore > query.maxScore
    ) {
      throw new InputError(
        `minScore (${query.minScore}) must not be greater than maxScore (${query.maxScore})`,
      );
    }
    const page = await this.options.answers.queryScores({
      ...query,
      scoredSince: isoTimeOf(query.scoredSince),
      cursor:
        query.cursor === undefined
          ? undefined
          : decodeScoreCursor(query.cursor),
      entityRefs: query.entityRefs?.map(storedEntityRef),
    });
    return page.nextCursor === undefined
      ? page
      : { ...page, nextCursor: encodeScoreCursor(page.nextCursor) };
  }
}

function isoTimeOf(scoredSince: string | undefined) {
  if (scoredSince === undefined) {
    return undefined;
  }
  const time = parseInstant(scoredSince);
  if (time === undefined) {
    throw new InputError(
      `scoredSince '${scoredSince}' is not an ISO 8601 date and time that exists, like 2026-01-31T09:00:00Z`,
    );
  }
  return new Date(time).toISOString();
}
