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
