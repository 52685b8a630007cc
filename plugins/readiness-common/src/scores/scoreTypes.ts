import type { components } from '../generated/openapi';

/**
 * The stored score of one entity, with every property (generated from the API's
 * `ScoreSummary` schema).
 *
 * @public
 */
export type EntityScore = components['schemas']['ScoreSummary'];

/**
 * A property of a stored score, which `fields` can ask for (generated from the API's
 * `ScoreField` schema).
 *
 * @public
 */
export type ScoreField = components['schemas']['ScoreField'];

/**
 * A page of stored scores (the API's `ScorePage` schema), each score holding the properties
 * asked for.
 *
 * @public
 */
export type ScorePage<T = EntityScore> = Omit<
  components['schemas']['ScorePage'],
  'items'
> & { items: T[] };
