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
    };
  };
}
