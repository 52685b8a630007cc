/** Table names, shared by the stores (see migrations/). */
export const ANSWERS = 'readiness_answers';
export const HISTORY = 'readiness_answer_history';
export const SCORES = 'readiness_scores';
export const SECTION_SCORES = 'readiness_section_scores';
export const SNAPSHOTS = 'readiness_snapshots';
export const SNAPSHOT_GROUPS = 'readiness_snapshot_groups';
export const EVIDENCE = 'readiness_evidence';
export const QUESTION_COUNTS = 'readiness_question_counts';
export const EVIDENCE_RUNS = 'readiness_evidence_runs';
export const EVIDENCE_PROBLEMS = 'readiness_evidence_problems';
export const CAMPAIGNS = 'readiness_campaigns';
export const CAMPAIGN_HISTORY = 'readiness_campaign_history';
export const CAMPAIGN_SNAPSHOTS = 'readiness_campaign_snapshots';
export const CAMPAIGN_NOTICES = 'readiness_campaign_notices';
