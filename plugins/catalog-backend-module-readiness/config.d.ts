export interface Config {
  readiness?: {
    /** Settings of `@readiness/plugin-catalog-backend-module-readiness`. */
    catalogModule?: {
      /**
       * The score copy used for labels is never older than this when an entity is processed,
       * and changed scores are read this often, so their entities are relabelled within
       * seconds. Defaults to 1.
       */
      maxCacheAgeSeconds?: number;
      /**
       * At most this many entities whose labels changed are processed again by key in any
       * minute; changes beyond it (a bulk rescore) wait for the catalog's processing loop.
       * 0 leaves every change to the loop. Defaults to 300.
       */
      maxRefreshesPerMinute?: number;
    };
  };
}
