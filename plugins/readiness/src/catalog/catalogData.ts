import { CATALOG_FILTER_EXISTS, CatalogApi } from '@backstage/catalog-client';
import {
  READINESS_LABELS,
  storedEntityRef,
} from '@readiness/plugin-readiness-common';
import {
  ChecklistsResponse,
  EntityScore,
  ReadinessApi,
} from '../api/ReadinessApi';

/** How long catalog views reuse what they loaded before asking again. */
const MAX_AGE_MS = 60_000;
const PAGE_SIZE = 20_000;

type Cached<T> = { promise: Promise<T>; loadedAt: number };

/**
 * Loads something once per API instance and shares it between every cell, picker and filter
 * on the page, so a catalog of 10,000 entities costs one request, not one per row.
 */
function sharedLoader<A extends object, T>(load: (api: A) => Promise<T>) {
  const cache = new WeakMap<A, Cached<T>>();
  const get = (api: A): Promise<T> => {
    const cached = cache.get(api);
    if (cached && Date.now() - cached.loadedAt < MAX_AGE_MS) {
      return cached.promise;
    }
    const promise = load(api);
    cache.set(api, { promise, loadedAt: Date.now() });
    // A failed load is not kept, so the next caller tries again.
    promise.catch(() => cache.delete(api));
    return promise;
  };
  return { get };
}

/** Every stored score, keyed by lower-case entity ref: one request up to 20,000 entities. */
export const scoreIndex: {
  get(api: ReadinessApi): Promise<Map<string, EntityScore>>;
} = sharedLoader(async (api: ReadinessApi) => {
  const scores = new Map<string, EntityScore>();
  let cursor: string | undefined;
  do {
    const page = await api.getScores({ limit: PAGE_SIZE, cursor });
    for (const score of page.items) {
      scores.set(storedEntityRef(score.entityRef), score);
    }
    cursor = page.nextCursor;
  } while (cursor);
  return scores;
});

/** The configured checklists and levels. */
export const checklists = sharedLoader(
  (api: ReadinessApi): Promise<ChecklistsResponse> => api.getChecklists(),
);

/** Whether the catalog module's labels are there, so the catalog can filter server-side. */
export const catalogHasReadinessLabels = sharedLoader(
  async (catalogApi: CatalogApi) => {
    const { items } = await catalogApi.queryEntities({
      filter: {
        [`metadata.labels.${READINESS_LABELS.level}`]: CATALOG_FILTER_EXISTS,
      },
      limit: 1,
      fields: ['kind'],
    });
    return items.length > 0;
  },
);
