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
