/*
 * Generated from plugins/readiness-backend/src/schema/openapi.yaml by
 * scripts/generate-api-types.mjs (yarn generate:types). Do not edit.
 */

/**
 * The limits openapi.yaml sets on the API's input (lengths and counts), for the checks that also
 * run where the spec's validator does not: configuration, actions and forms.
 *
 * @public
 */
export const API_LIMITS = {
  "answer": {
    "noteLength": 4000,
    "links": 10,
    "linkLength": 2000,
    "questionIdLength": 200,
    "perWrite": 100
  },
  "campaign": {
    "titleLength": 200,
    "descriptionLength": 2000,
    "scopeValues": 100,
    "questions": 50,
    "reminderDays": 365
  }
} as const;

/**
 * The values of each string enum openapi.yaml names, in its order.
 *
 * @public
 */
export const API_VALUES = {
  "AnswerStatus": [
    "yes",
    "partial",
    "no",
    "na"
  ],
  "ScoreField": [
    "entityRef",
    "kind",
    "entityType",
    "owner",
    "system",
    "domain",
    "lifecycle",
    "title",
    "checklistId",
    "score",
    "level",
    "levelRank",
    "questions",
    "answered",
    "automatic",
    "assessment",
    "stale",
    "notApplicable",
    "updatedAt"
  ],
  "ExemptionApproval": [
    "pending",
    "approved",
    "rejected"
  ],
  "AssessmentState": [
    "not-started",
    "automatic",
    "assessed"
  ],
  "ReviewGroupBy": [
    "owner",
    "system",
    "domain",
    "kind",
    "type",
    "lifecycle"
  ],
  "ReviewPopulation": [
    "all",
    "assessed"
  ],
  "CampaignPhase": [
    "scheduled",
    "running",
    "overdue"
  ],
  "CampaignEntityState": [
    "done",
    "open",
    "overdue"
  ]
} as const;
