export interface Config {
  readiness?: {
    /** Settings of `@readiness/plugin-catalog-backend-module-readiness`. */
    catalogModule?: {
      /**
       * The score copy used for labels is never older than this when an entity is processed.
       * Keep it below the backend's `readiness.catalogRefresh.delaySeconds` (3 by default).
       * Defaults to 1.
       */
      maxCacheAgeSeconds?: number;
    };
  };
}
