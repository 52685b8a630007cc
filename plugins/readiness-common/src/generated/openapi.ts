/*
 * Generated from plugins/readiness-backend/src/schema/openapi.yaml by
 * scripts/generate-api-types.mjs (yarn generate:types). Do not edit.
 */

/** The API's paths, generated from openapi.yaml. @public */
export type paths = {
    "/checklists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The checklists in selection order, the levels and the review interval. */
        get: operations["ListChecklists"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/checklists/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One configured checklist (all its questions). Its ETag is its version; asked for with its current `version`, the response may be kept for good. */
        get: operations["GetChecklist"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entities/{kind}/{namespace}/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The checklist that applies to the entity, its answers and its score. The response's ETag is its version for this caller; sent back as If-None-Match, an unchanged version gets 304 and no body. */
        get: operations["GetEntityReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entities/{kind}/{namespace}/{name}/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Writes several answers at once, all or nothing. */
        post: operations["WriteAnswers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entities/{kind}/{namespace}/{name}/answers/{questionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Writes (or confirms, by sending the same values) one answer. */
        put: operations["WriteAnswer"];
        post?: never;
        /** Removes a person's answer, so the automatic answer (if any) applies again. Send the version that was read. */
        delete: operations["ClearAnswer"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entities/{kind}/{namespace}/{name}/answers/{questionId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approves or rejects an exemption (an N/A on a question that needs approval) that is pending, at the version read. Needs readiness.exemption.approve on the entity; nobody decides on their own request. Recorded in the history and audited. */
        post: operations["DecideExemption"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entities/{kind}/{namespace}/{name}/evidence/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Runs the evidence providers for the entity now and rescores it when its automatic answers changed. Reading an entity never does this; the evidence task does it on its schedule. Needs the same permission as writing an answer, and is audited. */
        post: operations["RefreshEvidence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entities/{kind}/{namespace}/{name}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every change to the entity's answers, newest first. */
        get: operations["GetAnswerHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entities/{kind}/{namespace}/{name}/trend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The entity's own score per day, from the daily snapshots, oldest first. */
        get: operations["GetEntityTrend"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The org-wide review of the entities in scope: coverage by assessment state, totals and level distribution, figures per group, average section scores per group, and how each question is answered. Computed in SQL. */
        get: operations["GetReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/report/trends": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Daily figures from the snapshots, overall (groupBy all) or per group. */
        get: operations["GetTrends"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stored scores, filtered and paginated by entity ref. Entities without answers have no score. */
        get: operations["QueryScores"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/report/evidence-problems": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Entities whose automatic evidence could not be checked at the last run (a repository that could not be read, say), longest failing first, at most 100 with the total, over the entities the caller may read. Their earlier automatic answers are kept. Needs readiness.report.read. */
        get: operations["ListEvidenceProblems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/report/exemptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Exemptions waiting for approval (oldest first) and N/As expiring within 30 days (soonest first), at most 100 of each with their totals, over the entities the caller may read. Needs readiness.report.read. */
        get: operations["ListExemptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/subjects/removed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Entities that left the catalog (or every checklist's scope), most recently removed first. Their answers and history are kept, and they come back with them if the entity returns. Needs readiness.admin. */
        get: operations["ListRemovedSubjects"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scores/query": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The same as GET /scores, for entity ref lists too long for a URL. */
        post: operations["QueryScoresByBody"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every campaign (configured ones first) with today's progress over the entities the caller may read. Needs readiness.report.read. */
        get: operations["ListCampaigns"];
        put?: never;
        /** Creates a campaign. Needs readiness.campaign.manage; audited. */
        post: operations["CreateCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One campaign: today's progress, per team, one page of its entities (not done first) and done entities per day since its start. Needs readiness.report.read. */
        get: operations["GetCampaign"];
        /** Changes a campaign created through the API (configured ones change in app-config). Send the version that was read. Needs readiness.campaign.manage; audited. */
        put: operations["UpdateCampaign"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/campaigns/{campaignId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every version of a stored campaign, newest first, with who wrote it. */
        get: operations["GetCampaignHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/entities/{kind}/{namespace}/{name}/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The campaigns that concern the entity, and where it stands in each. */
        get: operations["GetEntityCampaigns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
/** The API's webhooks, generated from openapi.yaml. @public */
export type webhooks = Record<string, never>;
/** The API's components, generated from openapi.yaml. @public */
export type components = {
    schemas: {
        /** Everything the entity tab needs in one response. */
        EntityReadiness: {
            entityRef: string;
            /** The checklist by reference, absent when none applies: `GET /checklists/{id}?version=` returns it; `questionIds` are the questions asked of this entity. */
            checklistRef?: {
                id: string;
                version: string;
                questionIds: string[];
            };
            /** Absent when no checklist applies. */
            assessment?: components["schemas"]["AssessmentState"];
            counts?: components["schemas"]["ReadinessCounts"];
            /** The checklist as asked of the entity (null when none applies); the compact form (`checklist=reference`) names it instead. */
            checklist: components["schemas"]["Checklist"] | null;
            /** Why no checklist applies */
            reason?: string;
            answers: components["schemas"]["Answer"][];
            /** Answers to questions the current checklist no longer has; kept, not scored. */
            orphanedAnswers: components["schemas"]["Answer"][];
            result: components["schemas"]["Result"] | null;
            levels: components["schemas"]["Level"][];
            reviewIntervalDays: number;
            access: components["schemas"]["ReadinessAccess"];
            /** Evidence providers that could not gather their evidence at their last run; their earlier automatic answers are kept. */
            evidenceProblems?: components["schemas"]["EvidenceProblem"][];
        };
        /** The compact form (`checklist=reference`): the checklist named, not copied, and each answer without what the response already says. */
        EntityReadinessByReference: {
            entityRef: string;
            /** `GET /checklists/{id}?version=` returns the checklist; `questionIds`, the questions asked of this entity, is left out when every question is asked. */
            checklistRef: {
                id: string;
                version: string;
                questionIds?: string[];
            };
            assessment?: components["schemas"]["AssessmentState"];
            counts?: components["schemas"]["ReadinessCounts"];
            answers: components["schemas"]["CompactAnswer"][];
            orphanedAnswers: components["schemas"]["CompactAnswer"][];
            result: components["schemas"]["Result"];
            levels: components["schemas"]["Level"][];
            reviewIntervalDays: number;
            /** The names of the evidence providers the answers cite, by provider id. */
            providerTitles: {
                [key: string]: string;
            };
            /** Who gave most of the people's answers; a person's answer without `answeredBy` is theirs. */
            answeredBy?: string;
            /** Left out with `access=omit`. */
            access?: components["schemas"]["ReadinessAccess"];
            evidenceProblems?: components["schemas"]["EvidenceProblem"][];
        };
        /** An answer in the compact form. Without `version` it is an automatic answer, all of which its `evidence` says. A person's answer leaves out its entity, `source`, an empty `links`, a `reviewedAt` equal to `answeredAt`, and a false `stale`; evidence leaves out its provider's title (`providerTitles`) and an empty `links`; `answeredBy` is left out when it is the response's `answeredBy`. */
        CompactAnswer: {
            questionId: string;
            status?: components["schemas"]["AnswerStatus"];
            note?: string;
            links?: string[];
            version?: number;
            answeredBy?: string;
            answeredAt?: string;
            reviewedAt?: string;
            expiresAt?: string;
            approval?: components["schemas"]["ExemptionApproval"];
            requestedBy?: string;
            beforeRequest?: {
                status: "yes" | "partial" | "no";
                reviewedAt: string;
            };
            decidedBy?: string;
            decidedAt?: string;
            decisionNote?: string;
            stale?: true;
            evidence?: {
                providerId: string;
                status: components["schemas"]["AnswerStatus"];
                note: string;
                links?: string[];
                evaluatedAt: string;
            };
        };
        /** The counts every surface shows, with one meaning; absent when no checklist applies. */
        ReadinessCounts: {
            questions: number;
            /** Questions a person answered, stale ones included. */
            answeredByPeople: number;
            /** Questions only an evidence provider answered. */
            automatic: number;
            /** Questions unanswered, answered No or Partial, or stale. */
            open: number;
            /** Answers past the review interval or their exemption's expiry. */
            needsReview: number;
        };
        ReadinessAccess: {
            canEdit: boolean;
            owners: string[];
            /** Whether the caller may approve or reject exemptions. */
            canApprove?: boolean;
        };
        EvidenceProblem: {
            providerId: string;
            providerTitle: string;
            /** What the provider tried, as a verb phrase (read the repository). */
            attempted: string;
            reason: string;
            /** When the provider first failed in a row of failed runs. */
            since: string;
            lastAttemptAt: string;
        };
        EvidenceProblemItem: {
            entityRef: string;
            title?: string;
            owner?: string;
            providerId: string;
            providerTitle: string;
            attempted: string;
            reason: string;
            since: string;
            lastAttemptAt: string;
        };
        AnswerStatus: "yes" | "partial" | "no" | "na";
        /** One question of a checklist. */
        ChecklistQuestion: {
            /** Stable identifier; answers are stored against it, so never reuse one for another meaning. */
            id: string;
            /** The question as shown to the team. */
            text: string;
            /** One or two lines on what a good answer looks like. */
            guidance: string;
            /** Relative weight in the score; greater than zero. */
            weight: number;
            /** When set, an entity cannot reach this level (or any above it) unless this question is answered Yes and the answer is not stale. */
            requiredForLevel?: string;
            /** The entities of the checklist it is asked of, when not all (or not its section's); to the others it is not asked, not scored and not counted. */
            appliesTo?: components["schemas"]["ChecklistTarget"][];
            /** Whether an N/A needs approval before it counts; defaults to the checklist's `exemptionsNeedApproval`. */
            exemptionNeedsApproval?: boolean;
        };
        /** Which entities a checklist applies to. `kind` is matched case-insensitively; when `types` is given, the entity's `spec.type` must be one of them. */
        ChecklistTarget: {
            kind: string;
            types?: string[];
        };
        /** A titled group of questions. */
        ChecklistSection: {
            id: string;
            title: string;
            description?: string;
            /** The entities of the checklist its questions are asked of, when not all; a question's own `appliesTo` takes precedence. */
            appliesTo?: components["schemas"]["ChecklistTarget"][];
            questions: components["schemas"]["ChecklistQuestion"][];
        };
        /** A complete checklist. */
        Checklist: {
            id: string;
            title: string;
            description?: string;
            appliesTo: components["schemas"]["ChecklistTarget"][];
            /** Whether an N/A on its questions needs approval (unless a question says otherwise). */
            exemptionsNeedApproval?: boolean;
            sections: components["schemas"]["ChecklistSection"][];
        };
        /** The configured checklists, levels and review interval. */
        ChecklistsResponse: {
            items: components["schemas"]["Checklist"][];
            levels: components["schemas"]["Level"][];
            reviewIntervalDays: number;
        };
        /** A named level an entity reaches at a minimum score (0 to 100). */
        Level: {
            id: string;
            title: string;
            minScore: number;
            /** The level's colour (`#rrggbb`) on every chip and chart; defaults to `levelColor`'s choice for the id. */
            color?: string;
        };
        /** A stored answer with everything the API returns about it. */
        Answer: {
            entityRef: string;
            questionId: string;
            status: components["schemas"]["AnswerStatus"];
            note?: string;
            links: string[];
            /** Increments on every write; a write must send the version it read. */
            version: number;
            /** Entity ref of the user (or `service:<subject>`) who last changed the answer. */
            answeredBy: string;
            answeredAt: string;
            /** When the answer was last set or confirmed; it goes stale after the review interval. */
            reviewedAt: string;
            /** When this N/A (an exemption) expires; past it the answer is stale. */
            expiresAt?: string;
            /** For an N/A that needs approval; only an approved one counts as N/A. */
            approval?: components["schemas"]["ExemptionApproval"];
            /** Who asked for the exemption (wrote its reason and expiry); they cannot decide on it. */
            requestedBy?: string;
            /** The answer an exemption request replaced; while the request is pending, the question scores as it (as unanswered when there is none). */
            beforeRequest?: {
                status: "yes" | "partial" | "no";
                reviewedAt: string;
            };
            /** Who approved or rejected the exemption (with when and why). */
            decidedBy?: string;
            decidedAt?: string;
            decisionNote?: string;
            /** Whether the answer is older than the review interval and earns no credit until confirmed. */
            stale: boolean;
            /**
             * `person` for an answer someone gave (version 1 or more), `evidence` for an automatic one (version 0: writing to it with expectedVersion 0 confirms or overrides it).
             */
            source?: "person" | "evidence";
            /** The automatic answer for this question, also when a person's answer overrides it. */
            evidence?: {
                providerId: string;
                /** The provider's name for people, such as "Catalog metadata". */
                providerTitle: string;
                status: components["schemas"]["AnswerStatus"];
                note: string;
                links: string[];
                evaluatedAt: string;
            };
        };
        /** An answer's (or a decision's) free text. */
        AnswerNote: string;
        /** Evidence links; http or https URLs only. */
        EvidenceLinks: string[];
        AnswerInput: {
            questionId: string;
            status: components["schemas"]["AnswerStatus"];
            /** Free text; required (as the reason) when status is na. */
            note?: components["schemas"]["AnswerNote"];
            links?: components["schemas"]["EvidenceLinks"];
            /** The version of the answer the client read; 0 when there was none. */
            expectedVersion: number;
            /**
             * Format: date-time
             * When the team last checked this answer, for importing an earlier assessment; only service writers may set it, and not in the future. Defaults to now.
             */
            reviewedAt?: string;
            /**
             * Format: date-time
             * For an N/A only: when the exemption expires (in the future, at most five years ahead). From then on the answer is stale until it is confirmed or changed.
             */
            expiresAt?: string;
        };
        /** An entity's or a section's score and the counts behind it. */
        Totals: {
            /** Percentage of the achievable weight earned, one decimal; null when no question applies. */
            score: number | null;
            earned: number;
            possible: number;
            questions: number;
            answered: number;
            stale: number;
            notApplicable: number;
        };
        /** The full result of scoring one entity against its checklist. */
        Result: components["schemas"]["Totals"] & {
            /** The level reached, or null when below the first level. */
            level: components["schemas"]["Level"] | null;
            /** Required questions that hold the level below the one the score alone would give. */
            cappedBy: string[];
            /** What stands between the entity and the next level. */
            nextLevel: {
                level: components["schemas"]["Level"];
                /** Score points still missing to reach the level's threshold (0 when only required items are missing). */
                pointsNeeded: number;
                /** Required questions for this level (or below) that are not answered Yes or whose answer is stale. */
                missingRequired: string[];
            } | null;
            sections: (components["schemas"]["Totals"] & {
                id: string;
                title: string;
            })[];
            /** Answers to question ids that are not in the checklist (kept, never scored). */
            orphanedQuestionIds: string[];
            /** Earliest time a currently fresh answer goes stale; null when none will. */
            nextStaleAt: string | null;
        };
        /** A stored score, as returned in bulk: every property below, or with `fields` only those asked for (entityRef is always there). Of the optional ones, entityType, owner, system, domain, lifecycle and title are left out when the catalog has none. */
        Score: {
            entityRef: string;
            /** Lower case. */
            kind?: string;
            entityType?: string;
            owner?: string;
            system?: string;
            domain?: string;
            lifecycle?: string;
            title?: string;
            assessment?: components["schemas"]["AssessmentState"];
            /** Questions only an evidence provider answered. */
            automatic?: number;
            checklistId?: string;
            score?: number | null;
            level?: string | null;
            /** Index of the level; -1 below the first. */
            levelRank?: number;
            questions?: number;
            answered?: number;
            stale?: number;
            notApplicable?: number;
            updatedAt?: string;
        };
        /** A stored score with every property; entityType, owner, system, domain, lifecycle and title are left out when the catalog has none. */
        ScoreSummary: ApiWithRequired<components["schemas"]["Score"], "entityRef" | "kind" | "checklistId" | "score" | "level" | "levelRank" | "questions" | "answered" | "automatic" | "assessment" | "stale" | "notApplicable" | "updatedAt">;
        /**
         * A property of Score, for `fields`.
         */
        ScoreField: "entityRef" | "kind" | "entityType" | "owner" | "system" | "domain" | "lifecycle" | "title" | "checklistId" | "score" | "level" | "levelRank" | "questions" | "answered" | "automatic" | "assessment" | "stale" | "notApplicable" | "updatedAt";
        ScorePage: {
            items: components["schemas"]["Score"][];
            /** How many scores match, on the first page (without cursor); left out on later pages, and when the catalog hides some entities from the caller (pages may then hold fewer items than the limit; follow nextCursor). */
            totalCount?: number;
            nextCursor?: string;
        };
        HistoryEntry: {
            id: number;
            entityRef: string;
            questionId: string;
            version: number;
            /** `cleared` when a person removed their answer (an automatic answer applies again). */
            status: components["schemas"]["AnswerStatus"] | "cleared";
            note?: string;
            links: string[];
            changedBy: string;
            changedAt: string;
            expiresAt?: string;
            /** Where the exemption stood after this change, for an N/A that needs approval. */
            approval?: components["schemas"]["ExemptionApproval"];
            /** The approver's reason, for a change that approved or rejected an exemption. */
            decisionNote?: string;
            /** The answer this change replaced; absent for a first answer. */
            previous?: components["schemas"]["AnswerSnapshot"];
        };
        /** What an answer said at one version: the form history entries and audit events record. */
        AnswerSnapshot: {
            status: components["schemas"]["AnswerStatus"];
            note?: string;
            links: string[];
            version: number;
            /** When the N/A expires */
            expiresAt?: string;
            approval?: components["schemas"]["ExemptionApproval"];
        };
        /**
         * Where an exemption (an N/A on a question that needs approval) stands: it counts as N/A only once approved; until then the question scores as the answer the request replaced.
         */
        ExemptionApproval: "pending" | "approved" | "rejected";
        WriteResult: {
            answers: components["schemas"]["Answer"][];
            result: components["schemas"]["Result"];
        };
        Error: {
            error: {
                name: string;
                message: string;
            };
            request?: Record<string, never>;
            response?: Record<string, never>;
        };
        /** Entities per level id; `none` counts those below the first level. */
        LevelCounts: {
            [key: string]: number;
        };
        /**
         * not-started: no answer at all; automatic: only automatic answers; assessed: at least one answer by a person.
         */
        AssessmentState: "not-started" | "automatic" | "assessed";
        /**
         * What the org-wide review can group by.
         */
        ReviewGroupBy: "owner" | "system" | "domain" | "kind" | "type" | "lifecycle";
        /**
         * Which entities the review's scores, levels and section and question figures are computed over: every entity in scope (whatever its assessment state), or those people assessed. Coverage always counts every entity in scope.
         */
        ReviewPopulation: "all" | "assessed";
        /** Every entity in scope, by assessment state, whatever the population. */
        ReviewCoverage: {
            inScope: number;
            assessed: number;
            automatic: number;
            notStarted: number;
        };
        /** Figures over a set of entities: the coverage of every entity in scope, and the scores over the report's population. */
        ReviewFigures: {
            coverage: components["schemas"]["ReviewCoverage"];
            /** Entities of the population the scores are computed over. */
            entities: number;
            averageScore: number | null;
            minScore: number | null;
            maxScore: number | null;
            levels: components["schemas"]["LevelCounts"];
            staleAnswers: number;
            entitiesWithStale: number;
        };
        ReviewGroup: components["schemas"]["ReviewFigures"] & {
            key: string | null;
        };
        /** The average score of one checklist section within one group. */
        SectionCell: {
            key: string | null;
            sectionId: string;
            averageScore: number | null;
            entities: number;
        };
        /** How the population answered one question, counting a person's answer where there is one and the automatic answer otherwise (as the tab and the scores do). `entities` is how many entities the question applies to; `stale` answers are counted there and not under their status. */
        QuestionFigures: {
            checklistId: string;
            questionId: string;
            sectionId: string;
            text: string;
            entities: number;
            yes: number;
            partial: number;
            no: number;
            na: number;
            stale: number;
            /** Of the answers counted, those that came from evidence. */
            automatic: number;
            /** Entities with neither a person's nor an automatic answer. */
            unanswered: number;
        };
        /** The org-wide review in one response. */
        ReadinessReport: {
            groupBy: components["schemas"]["ReviewGroupBy"];
            filters: components["schemas"]["ReviewFilters"];
            population: components["schemas"]["ReviewPopulation"];
            totals: components["schemas"]["ReviewFigures"];
            groups: components["schemas"]["ReviewGroup"][];
            sections: {
                id: string;
                title: string;
            }[];
            /** Average section scores per group (the section x group heat map) and overall (key `*`). */
            sectionScores: components["schemas"]["SectionCell"][];
            questions: components["schemas"]["QuestionFigures"][];
            levels: components["schemas"]["Level"][];
            /** Every value of each grouping among the entities in scope, for filter choices. */
            facets: {
                owner: string[];
                system: string[];
                domain: string[];
                kind: string[];
                type: string[];
                lifecycle: string[];
            };
            generatedAt: string;
        };
        /** Trends from the daily snapshots. */
        ReadinessTrends: {
            groupBy: components["schemas"]["ReviewGroupBy"] | "all";
            from: string;
            points: components["schemas"]["TrendPoint"][];
        };
        /** One day of one group in a trend. */
        TrendPoint: {
            day: string;
            key: string | null;
            entities: number;
            averageScore: number | null;
            levels: components["schemas"]["LevelCounts"];
        };
        /** Narrows to entities with these catalog facts; each list matches any of its values. */
        ReviewFilters: {
            owners?: string[];
            systems?: string[];
            domains?: string[];
            kinds?: string[];
            types?: string[];
            lifecycles?: string[];
        };
        /** The catalog facts of the entities a campaign concerns (the review's filters, within the limits a stored campaign keeps); an empty scope is every entity a checklist applies to. */
        CampaignScope: {
            owners?: string[];
            systems?: string[];
            domains?: string[];
            kinds?: string[];
            types?: string[];
            lifecycles?: string[];
        };
        /** A level to reach (or pass), or questions that must all be answered Yes. */
        CampaignTarget: {
            level: string;
        } | {
            questionIds: string[];
        };
        CampaignInput: {
            title: string;
            description?: string;
            scope: components["schemas"]["CampaignScope"];
            target: components["schemas"]["CampaignTarget"];
            /** First day, YYYY-MM-DD (UTC) */
            startsOn: string;
            /** Last day, YYYY-MM-DD (UTC) */
            dueOn: string;
            reminderDays: number;
        };
        Campaign: {
            id: string;
            title: string;
            description?: string;
            scope: components["schemas"]["CampaignScope"];
            target: components["schemas"]["CampaignTarget"];
            startsOn: string;
            dueOn: string;
            reminderDays: number;
            source: "config" | "api";
            version: number;
            createdBy?: string;
            createdAt?: string;
            updatedBy?: string;
            updatedAt?: string;
        };
        CampaignPhase: "scheduled" | "running" | "overdue";
        CampaignEntityState: "done" | "open" | "overdue";
        CampaignProgress: {
            entities: number;
            done: number;
            open: number;
            overdue: number;
        };
        CampaignSummary: components["schemas"]["Campaign"] & {
            phase: components["schemas"]["CampaignPhase"];
            progress: components["schemas"]["CampaignProgress"];
        };
        CampaignDetail: {
            campaign: components["schemas"]["CampaignSummary"];
            teams: components["schemas"]["CampaignTeamProgress"][];
            entities: {
                totalCount: number;
                items: components["schemas"]["CampaignEntity"][];
            };
            /** Done entities per day since the start, from the daily snapshots; today is live. */
            overTime: components["schemas"]["CampaignProgressPoint"][];
        };
        /** A campaign's progress within one owning team (`owner` null for entities without one). */
        CampaignTeamProgress: components["schemas"]["CampaignProgress"] & {
            owner: string | null;
        };
        /** One entity of a campaign. */
        CampaignEntity: {
            entityRef: string;
            title?: string;
            owner?: string;
            state: components["schemas"]["CampaignEntityState"];
            score: number | null;
            level: string | null;
        };
        /** Done entities of a campaign on one day. */
        CampaignProgressPoint: {
            day: string;
            entities: number;
            done: number;
        };
        /** A campaign that concerns one entity, and where the entity stands in it. */
        EntityCampaign: {
            campaign: components["schemas"]["Campaign"];
            phase: components["schemas"]["CampaignPhase"];
            state: components["schemas"]["CampaignEntityState"];
        };
        /** One change of a stored campaign. */
        CampaignHistoryEntry: {
            version: number;
            changedBy: string;
            changedAt: string;
            campaign: components["schemas"]["CampaignInput"];
        };
        /** One exemption on the review page: an N/A waiting for approval, or one that expires soon. */
        ExemptionItem: {
            entityRef: string;
            /** The entity's title, if it has one. */
            title?: string;
            owner?: string;
            questionId: string;
            /** The question as the entity's checklist asks it. */
            questionText: string;
            /** The reason given for the N/A. */
            note?: string;
            answeredBy: string;
            answeredAt: string;
            expiresAt?: string;
            approval?: components["schemas"]["ExemptionApproval"];
            version: number;
        };
        ExemptionPage: {
            totalCount: number;
            items: components["schemas"]["ExemptionItem"][];
        };
        /** The exemptions the review page lists: those waiting for approval (oldest first) and those expiring within `expiringWithinDays` (soonest first), each with its total. */
        ReviewExemptions: {
            pending: components["schemas"]["ExemptionPage"];
            expiring: components["schemas"]["ExemptionPage"];
            expiringWithinDays: number;
        };
        /** The entities whose evidence could not be checked, longest failing first. */
        ReviewEvidenceProblems: {
            totalCount: number;
            items: components["schemas"]["EvidenceProblemItem"][];
        };
        /** One entity's score on one day, from the daily snapshots. */
        EntityTrendPoint: {
            day: string;
            score: number | null;
            level: string | null;
        };
    };
    responses: {
        /** An error, with a message saying what is wrong. */
        Error: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: {
        kind: string;
        namespace: string;
        name: string;
        /** Owner entity refs, for example group:default/payments. */
        owner: string[];
        system: string[];
        domain: string[];
        entityKind: string[];
        /** The entities' spec.type. */
        type: string[];
        lifecycle: string[];
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    ListChecklists: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** Ok */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChecklistsResponse"];
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    GetChecklist: {
        parameters: {
            query?: {
                /** The version a `checklistRef` named. */
                version?: string;
            };
            header?: {
                "If-None-Match"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** Ok */
            200: {
                headers: {
                    /** The checklist's version. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Checklist"];
                };
            };
            /** Not modified; the caller's copy (If-None-Match) is current. */
            304: {
                headers: {
                    /** The checklist's version. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            404: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    GetEntityReadiness: {
        parameters: {
            query?: {
                /** `reference` sends the compact form (EntityReadinessByReference): the checklist named by `checklistRef` instead of copied, and answers without what the response already says. `full` (the default) copies the checklist and every answer field. */
                checklist?: "full" | "reference";
                /** `omit` leaves the caller's access out and asks no permission for it, for a client that holds it from an earlier read (the tab asks once per page). Only with `checklist=reference`; the read is authorised by the catalog as always. */
                access?: "include" | "omit";
            };
            header?: {
                /** The ETag of a response held by the caller. */
                "If-None-Match"?: string;
            };
            path: {
                kind: components["parameters"]["kind"];
                namespace: components["parameters"]["namespace"];
                name: components["parameters"]["name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** Ok */
            200: {
                headers: {
                    /** The version of the response for this caller. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityReadiness"] | components["schemas"]["EntityReadinessByReference"];
                };
            };
            /** Not modified; the caller's copy (If-None-Match) is current. */
            304: {
                headers: {
                    /** The version of the response for this caller. */
                    ETag?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            404: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    WriteAnswers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: components["parameters"]["kind"];
                namespace: components["parameters"]["namespace"];
                name: components["parameters"]["name"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    checklistId: string;
                    answers: components["schemas"]["AnswerInput"][];
                };
            };
        };
        responses: {
            /** The written answers and the new score. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    WriteAnswer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: components["parameters"]["kind"];
                namespace: components["parameters"]["namespace"];
                name: components["parameters"]["name"];
                questionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    checklistId: string;
                    status: components["schemas"]["AnswerStatus"];
                    note?: components["schemas"]["AnswerNote"];
                    links?: components["schemas"]["EvidenceLinks"];
                    expectedVersion: number;
                    /**
                     * Format: date-time
                     * For an N/A only, when the exemption expires.
                     */
                    expiresAt?: string;
                };
            };
        };
        responses: {
            /** The written answer and the new score. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WriteResult"];
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    ClearAnswer: {
        parameters: {
            query: {
                expectedVersion: number;
            };
            header?: never;
            path: {
                kind: components["parameters"]["kind"];
                namespace: components["parameters"]["namespace"];
                name: components["parameters"]["name"];
                questionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The entity's readiness after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityReadiness"];
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    DecideExemption: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: components["parameters"]["kind"];
                namespace: components["parameters"]["namespace"];
                name: components["parameters"]["name"];
                questionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    decision: "approve" | "reject";
                    expectedVersion: number;
                    note?: components["schemas"]["AnswerNote"];
                };
            };
        };
        responses: {
            /** The entity's readiness after the decision. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntityReadiness"];
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    RefreshEvidence: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: components["parameters"]["kind"];
                namespace: components["parameters"]["namespace"];
                name: components["parameters"]["name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** The entity's readiness after the run. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        result: components["schemas"]["EntityReadiness"];
                        /** Whether the automatic answers changed. */
                        changed: boolean;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    GetAnswerHistory: {
        parameters: {
            query?: {
                questionId?: string;
                limit?: number;
                /** Return entries older than this id (the last id of the previous page). */
                beforeId?: number;
            };
            header?: never;
            path: {
                kind: components["parameters"]["kind"];
                namespace: components["parameters"]["namespace"];
                name: components["parameters"]["name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** Ok */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["HistoryEntry"][];
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            404: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    GetEntityTrend: {
        parameters: {
            query?: {
                days?: number;
            };
            header?: never;
            path: {
                kind: components["parameters"]["kind"];
                namespace: components["parameters"]["namespace"];
                name: components["parameters"]["name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** Ok */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        from: string;
                        points: components["schemas"]["EntityTrendPoint"][];
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            404: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    GetReport: {
        parameters: {
            query?: {
                groupBy?: components["schemas"]["ReviewGroupBy"];
                /** Compute scores, levels, sections and questions over every entity in scope (all, the default) or over those people assessed. */
                population?: components["schemas"]["ReviewPopulation"];
                /** Owner entity refs, for example group:default/payments. */
                owner?: components["parameters"]["owner"];
                system?: components["parameters"]["system"];
                domain?: components["parameters"]["domain"];
                kind?: components["parameters"]["entityKind"];
                /** The entities' spec.type. */
                type?: components["parameters"]["type"];
                lifecycle?: components["parameters"]["lifecycle"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** Ok */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessReport"];
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    GetTrends: {
        parameters: {
            query?: {
                groupBy?: "all" | "owner" | "system" | "domain" | "kind" | "type" | "lifecycle";
                /** How many days back, up to the snapshot retention. Defaults to 90. */
                days?: number;
                /** Owner entity refs, for example group:default/payments. */
                owner?: components["parameters"]["owner"];
                system?: components["parameters"]["system"];
                domain?: components["parameters"]["domain"];
                kind?: components["parameters"]["entityKind"];
                /** The entities' spec.type. */
                type?: components["parameters"]["type"];
                lifecycle?: components["parameters"]["lifecycle"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** Ok */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadinessTrends"];
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    QueryScores: {
        parameters: {
            query?: {
                entityRef?: string[];
                kind?: string[];
                /** Level ids; `none` selects entities below the first level. */
                level?: string[];
                minScore?: number;
                maxScore?: number;
                /** Owner entity refs, for example group:default/payments. */
                owner?: components["parameters"]["owner"];
                system?: components["parameters"]["system"];
                domain?: components["parameters"]["domain"];
                /** The entities' spec.type. */
                type?: components["parameters"]["type"];
                lifecycle?: components["parameters"]["lifecycle"];
                /** Only scores computed at or after this time (ISO 8601), for incremental sync. */
                scoredSince?: string;
                limit?: number;
                /** The nextCursor of the previous page, as it was returned. */
                cursor?: string;
                /** Only these properties of each score (entityRef is always there), for bulk readers: a sync of levels needs a fifth of the full response. */
                fields?: components["schemas"]["ScoreField"][];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** Ok */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScorePage"];
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    ListEvidenceProblems: {
        parameters: {
            query?: {
                /** Owner entity refs, for example group:default/payments. */
                owner?: components["parameters"]["owner"];
                system?: components["parameters"]["system"];
                domain?: components["parameters"]["domain"];
                kind?: components["parameters"]["entityKind"];
                /** The entities' spec.type. */
                type?: components["parameters"]["type"];
                lifecycle?: components["parameters"]["lifecycle"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** Ok */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewEvidenceProblems"];
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    ListExemptions: {
        parameters: {
            query?: {
                /** Owner entity refs, for example group:default/payments. */
                owner?: components["parameters"]["owner"];
                system?: components["parameters"]["system"];
                domain?: components["parameters"]["domain"];
                kind?: components["parameters"]["entityKind"];
                /** The entities' spec.type. */
                type?: components["parameters"]["type"];
                lifecycle?: components["parameters"]["lifecycle"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** Ok */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewExemptions"];
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    ListRemovedSubjects: {
        parameters: {
            query?: {
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** Ok */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            entityRef: string;
                            kind: string;
                            title?: string;
                            owner?: string;
                            answered: number;
                            removedAt: string;
                        }[];
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    QueryScoresByBody: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    entityRefs?: string[];
                    kinds?: string[];
                    owners?: string[];
                    systems?: string[];
                    domains?: string[];
                    types?: string[];
                    lifecycles?: string[];
                    levels?: string[];
                    minScore?: number;
                    maxScore?: number;
                    scoredSince?: string;
                    limit?: number;
                    cursor?: string;
                    fields?: components["schemas"]["ScoreField"][];
                };
            };
        };
        responses: {
            /** Ok */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScorePage"];
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    ListCampaigns: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** Ok */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CampaignSummary"][];
                        /** Whether the caller may create and change campaigns. */
                        canManage: boolean;
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    CreateCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignInput"];
            };
        };
        responses: {
            /** The stored campaign. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    GetCampaign: {
        parameters: {
            query?: {
                /** Only the entities of this owner. */
                owner?: string;
                state?: components["schemas"]["CampaignEntityState"];
                limit?: number;
                offset?: number;
            };
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** Ok */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CampaignDetail"];
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    UpdateCampaign: {
        parameters: {
            query: {
                expectedVersion: number;
            };
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CampaignInput"];
            };
        };
        responses: {
            /** The changed campaign. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Campaign"];
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            409: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    GetCampaignHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                campaignId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** Ok */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CampaignHistoryEntry"][];
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            403: components["responses"]["Error"];
            404: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
    GetEntityCampaigns: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: components["parameters"]["kind"];
                namespace: components["parameters"]["namespace"];
                name: components["parameters"]["name"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** Ok */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["EntityCampaign"][];
                    };
                };
            };
            400: components["responses"]["Error"];
            401: components["responses"]["Error"];
            404: components["responses"]["Error"];
            503: components["responses"]["Error"];
        };
    };
}
/** Makes properties K of T required (generated). @public */
export type ApiWithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};
