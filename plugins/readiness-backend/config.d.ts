export interface Config {
  /** Configuration of the Readiness plugin. */
  readiness?: {
    /**
     * Answers last set or confirmed this many days ago or earlier are stale and earn no credit
     * until confirmed. Defaults to 180.
     */
    reviewIntervalDays?: number;

    /**
     * The levels an entity can reach, in increasing order of `minScore` (0 to 100).
     * Defaults to Bronze 40, Silver 70, Gold 90. The frontend reads them from the backend.
     */
    levels?: Array<{
      id: string;
      title: string;
      minScore: number;
      /**
       * The level's colour on every chip and chart, as `#rrggbb`. Chip labels turn black or
       * white to stay readable. Defaults to bronze, silver and gold for those ids, and a
       * palette colour for others.
       */
      color?: string;
    }>;

    /** The built-in backend-project checklist. */
    defaultChecklist?: {
      /** Set to false to use only the checklists configured below. Defaults to true. */
      enabled?: boolean;
      /** Which entities it applies to. Defaults to every Component. */
      appliesTo?: Array<{ kind: string; types?: string[] }>;
      /**
       * Which of its entities a built-in section is asked of, by section id, instead of the
       * built-in targeting (databases and web servers: services and websites; credentials:
       * services, websites and tools); `all` asks the section of every entity.
       */
      sectionAppliesTo?: {
        [sectionId: string]: Array<{ kind: string; types?: string[] }> | 'all';
      };
      /**
       * Whether an N/A (an exemption) needs approval by someone with
       * `readiness.exemption.approve` before it counts: true for every question, or the ids of
       * the questions that need it. Defaults to false.
       */
      exemptionsNeedApproval?: boolean | string[];
    };

    /**
     * Further checklists. For each entity the first one (in this order) whose `appliesTo`
     * matches is used; the built-in checklist comes last.
     */
    checklists?: Array<{
      id: string;
      title: string;
      description?: string;
      /**
       * Id of a checklist to start from (for example `backend-project`). Sections with an
       * existing id add or replace questions in that section; other sections are appended.
       */
      extends?: string;
      /** Question ids of the base checklist to leave out. */
      removeQuestions?: string[];
      /**
       * Whether an N/A on its questions needs approval before it counts (unless a question says
       * otherwise). Defaults to the base checklist's, else false.
       */
      exemptionsNeedApproval?: boolean;
      /** Which entities it applies to. Defaults to those of the base checklist. */
      appliesTo?: Array<{ kind: string; types?: string[] }>;
      sections?: Array<{
        id: string;
        title?: string;
        description?: string;
        /**
         * Which of the checklist's entities the section's questions are asked of; to the
         * others they are not asked, not scored and not counted. Replaces the base section's.
         */
        appliesTo?: Array<{ kind: string; types?: string[] }>;
        questions?: Array<{
          id: string;
          text: string;
          guidance?: string;
          /** Greater than 0; defaults to 1. */
          weight?: number;
          /** A level id: the entity cannot reach that level or above unless this is a fresh Yes. */
          requiredForLevel?: string;
          /** Which of the checklist's entities it is asked of; takes precedence over its section's. */
          appliesTo?: Array<{ kind: string; types?: string[] }>;
          /** Whether an N/A needs approval before it counts; overrides the checklist's setting. */
          exemptionNeedsApproval?: boolean;
        }>;
      }>;
    }>;

    /** How often stored scores are refreshed for answers that went stale or checklists that changed. */
    refresh?: {
      /** Minutes between runs. Defaults to 60. */
      frequencyMinutes?: number;
    };

    /** Automatic answers from evidence providers (see @readiness/plugin-readiness-node). */
    evidence?: {
      /** The built-in provider that answers from catalog metadata. */
      catalogMetadata?: {
        /** Defaults to true. */
        enabled?: boolean;
      };
      /**
       * The scheduled evaluation, and a write to an entity (in the background, after the write),
       * re-evaluate its evidence when it is older than this. Reading never does. Defaults to 60.
       */
      maxAgeMinutes?: number;
      /** Minutes between scheduled evaluations of every entity. Defaults to 60. */
      frequencyMinutes?: number;
      /** Entities the scheduled run evaluates at once. Defaults to 4. */
      concurrency?: number;
      /**
       * A scheduled run stops after this many minutes; the next one goes on from the entities
       * whose evidence is oldest. Defaults to 30.
       */
      timeoutMinutes?: number;
    };

    /**
     * Notify an entity's owner (through the notifications backend, when it is installed) when
     * its answers go stale or it drops a level.
     */
    notifications?: {
      /** Defaults to true. */
      enabled?: boolean;
    };

    /** Daily snapshots of every score, for the review page's trends. */
    snapshots?: {
      /** Days to keep snapshots. Defaults to 400. */
      retentionDays?: number;
      /** Minutes between updates of today's snapshot; the last one of a day is kept. Defaults to 60. */
      frequencyMinutes?: number;
    };

    /**
     * Keeping readiness in step with the catalog: every entity a checklist applies to is
     * counted, with the owner, system, domain, type, lifecycle and title the catalog gives it;
     * entities that leave the catalog leave scores and the review (their answers are kept).
     */
    reconcile?: {
      /** Minutes between reconciles. Defaults to 10. */
      frequencyMinutes?: number;
    };

    /**
     * Campaigns: drive a target (a level, or questions answered Yes) across a scope of entities
     * by a due date. Campaigns here are read-only in the UI; people with
     * `readiness.campaign.manage` create more on the campaign page.
     */
    campaigns?: {
      /** Minutes between checks for start, reminder and overdue notices. Defaults to 60. */
      noticeFrequencyMinutes?: number;
      items?: Array<{
        /** Stable id: 1 to 63 lower-case letters, digits and dashes. */
        id: string;
        title: string;
        description?: string;
        /** The catalog facts of the entities concerned; each list matches any of its values. */
        scope?: {
          owners?: string[];
          systems?: string[];
          domains?: string[];
          kinds?: string[];
          types?: string[];
          lifecycles?: string[];
        };
        /** Either a level id, or question ids that must all be answered Yes. */
        target: { level?: string; questionIds?: string[] };
        /** First day, YYYY-MM-DD (UTC). */
        startsOn: string;
        /** Last day, YYYY-MM-DD (UTC); open entities are overdue after it. */
        dueOn: string;
        /** Days between reminders to owners of open entities; 0 for none. Defaults to 7. */
        reminderDays?: number;
      }>;
    };

    /** Who may write answers, beyond what the permission policy decides for users. */
    permissions?: {
      /**
       * Subjects of the service principals that may write and clear answers: `plugin:<pluginId>`
       * for a backend plugin, `external:<subject>` for a static external-access token. Backstage
       * allows every service principal without asking the permission policy, so the plugin
       * refuses service writes (403) unless the service is listed here. Defaults to none.
       */
      serviceWriters?: string[];
      /**
       * Subjects of the service principals that may create and change campaigns (which notify
       * owners), in the same forms as `serviceWriters`. Defaults to none: services get 403.
       */
      serviceCampaignManagers?: string[];
    };
  };
}
