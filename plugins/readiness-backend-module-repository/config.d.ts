export interface Config {
  readiness?: {
    /** Automatic answers from each entity's repository (its backstage.io/source-location). */
    repository?: {
      /** Reads of code hosts at once. Defaults to 4. */
      concurrency?: number;
      /** A read is abandoned (and the earlier answers kept) after this long. Defaults to 60. */
      timeoutSeconds?: number;
      /** A repository read this recently is not read again; entities in it share the read. Defaults to 30. */
      reuseMinutes?: number;
      /** Files larger than this are not read. Defaults to 512. */
      maxFileKilobytes?: number;
      /** Repository files kept in memory for entities still to come. Defaults to 64. */
      maxCachedMegabytes?: number;
      /** First wait after a rate limit without Retry-After; doubles, up to an hour. Defaults to 60. */
      rateLimitBackoffSeconds?: number;
      /** Set to false to use only your own rules. Defaults to true. */
      builtinRules?: boolean;
      /**
       * Rules of your own, before the built-in ones (the first rule that answers a question owns
       * it). See the module's README for the predicates.
       */
      rules?: Array<{
        questionId: string;
        outcomes: Array<{
          status: 'yes' | 'partial' | 'no' | 'na';
          note: string;
          /** A predicate: files (with contains, matches, path/equals), dependency (with version), any, all, not. */
          when: object;
        }>;
        otherwise?: { status: 'yes' | 'partial' | 'no' | 'na'; note: string };
      }>;
    };
  };
}
