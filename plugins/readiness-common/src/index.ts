/**
 * Shared types, the default checklist, checklist validation and scoring for the Readiness
 * plugins. Isomorphic: no Node or browser APIs.
 *
 * @packageDocumentation
 */

export * from './types';
/** The API's schemas as types, generated from openapi.yaml (`yarn generate:types`). */
export type {
  components as ReadinessApiComponents,
  ApiWithRequired,
} from './generated/openapi';
export * from './generated/apiConstants';
export * from './checklist/defaultChecklist';
export * from './checklist/validateChecklist';
export * from './checklist/selectChecklist';
export * from './checklist/applicableChecklist';
export * from './wire/readinessByReference';
export * from './scoring/scoreReadiness';
export * from './scoring/pendingExemption';
export * from './scoring/scoreBands';
export * from './scoring/rankGaps';
export * from './scores/scoreTypes';
export * from './catalog/catalogLabels';
export * from './catalog/readinessFilter';
export * from './catalog/ownerRef';
export * from './catalog/storedEntityRef';
export * from './review/reviewTypes';
export * from './review/reviewFilterParams';
export * from './review/questionFailure';
export * from './permissions';
export * from './input/textRules';
export * from './input/strictDates';
export * from './assessment/assessmentState';
export * from './assessment/readinessCounts';
export * from './history/answerSnapshot';
export * from './history/describeAnswerChange';
export * from './levels/levelColors';
export * from './actors/actorOf';
export * from './campaigns/campaignTypes';
export * from './campaigns/campaignStates';
export * from './campaigns/validateCampaignInput';
