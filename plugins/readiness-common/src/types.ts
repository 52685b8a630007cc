import { API_VALUES } from './generated/apiConstants';
import type { components } from './generated/openapi';

/**
 * The answer a person (or an evidence provider) gives to one checklist question.
 *
 * - `yes`: the team has a documented answer that meets the question's guidance.
 * - `partial`: work has started, or the answer meets part of the guidance.
 * - `no`: there is no answer yet.
 * - `na`: the question does not apply to this entity; a reason is required.
 *
 * @public
 */
export type AnswerStatus = 'yes' | 'partial' | 'no' | 'na';

/**
 * Every valid {@link AnswerStatus}, in the order the UI offers them.
 *
 * @public
 */
export const ANSWER_STATUSES: readonly AnswerStatus[] = API_VALUES.AnswerStatus;

/**
 * How each answer status reads on every surface.
 *
 * @public
 */
export const ANSWER_STATUS_TITLES: Record<AnswerStatus, string> = {
  yes: 'Yes',
  partial: 'Partial',
  no: 'No',
  na: 'N/A',
};

/**
 * Where an exemption (an N/A on a question that needs approval) stands: it counts as N/A only
 * once someone with `readiness.exemption.approve` approves it; until then the question scores as
 * the answer the request replaced. Generated from the API's `ExemptionApproval` schema.
 *
 * @public
 */
export type ExemptionApproval = components['schemas']['ExemptionApproval'];

/**
 * How each {@link ExemptionApproval} reads on every surface.
 *
 * @public
 */
export const EXEMPTION_APPROVAL_TITLES: Record<ExemptionApproval, string> = {
  pending: 'Exemption pending approval',
  approved: 'Exemption approved',
  rejected: 'Exemption rejected',
};

/**
 * One question of a checklist (generated from the API's `ChecklistQuestion` schema).
 *
 * @public
 */
export type ChecklistQuestion = components['schemas']['ChecklistQuestion'];

/**
 * A titled group of questions (generated from the API's `ChecklistSection` schema).
 *
 * @public
 */
export type ChecklistSection = components['schemas']['ChecklistSection'];

/**
 * Which entities a checklist applies to (generated from the API's `ChecklistTarget` schema).
 *
 * @public
 */
export type ChecklistTarget = components['schemas']['ChecklistTarget'];

/**
 * A complete checklist (generated from the API's `Checklist` schema).
 *
 * @public
 */
export type Checklist = components['schemas']['Checklist'];

/**
 * A named level an entity reaches at a minimum score (generated from the API's `Level`
 * schema).
 *
 * @public
 */
export type ReadinessLevel = components['schemas']['Level'];

/**
 * A stored answer, as the scoring function needs it.
 *
 * @public
 */
export type ScoredAnswer = {
  questionId: string;
  status: AnswerStatus;
  /** ISO 8601 time the answer was last set or confirmed; it goes stale after the review interval. */
  reviewedAt: string;
  /**
   * For an N/A (an exemption): the ISO 8601 time it expires. From then on it is stale like an
   * answer past the review interval, until someone confirms or changes it.
   */
  expiresAt?: string;
  /** For an N/A that needs approval: where it stands; only an approved one counts as N/A. */
  approval?: ExemptionApproval;
  /**
   * For an exemption request: the answer it replaced. While the request is pending the question
   * scores as this answer (or as unanswered when there is none), so asking never lowers a score.
   */
  beforeRequest?: AnswerBeforeRequest;
};

/**
 * The answer an exemption request replaced, which its question scores as while it is pending.
 *
 * @public
 */
export type AnswerBeforeRequest = {
  status: Exclude<AnswerStatus, 'na'>;
  /** When that answer was last reviewed; it goes stale as it would have. */
  reviewedAt: string;
};

/**
 * An automatic answer from an evidence provider, as the API returns it (generated from the
 * API's `Answer` schema).
 *
 * @public
 */
export type AnswerEvidence = NonNullable<
  components['schemas']['Answer']['evidence']
>;

/**
 * A stored answer with everything the API returns about it (generated from the API's `Answer`
 * schema).
 *
 * @public
 */
export type ReadinessAnswer = components['schemas']['Answer'];

/**
 * Whether the caller may change an entity's answers, and who can (generated from the API's
 * `ReadinessAccess` schema).
 *
 * @public
 */
export type ReadinessAccess = components['schemas']['ReadinessAccess'];

/**
 * An evidence provider that could not gather its evidence for an entity (for example, a
 * repository that could not be read): since when, and why. Its earlier answers are kept.
 * Generated from the API's `EvidenceProblem` schema.
 *
 * @public
 */
export type EvidenceProblem = components['schemas']['EvidenceProblem'];

/**
 * Everything the entity tab needs in one response (generated from the API's `EntityReadiness`
 * schema).
 *
 * @public
 */
export type EntityReadiness = components['schemas']['EntityReadiness'];

/**
 * One entity's readiness as `GET /entities/{kind}/{namespace}/{name}?checklist=reference`
 * sends it (generated from the API's `EntityReadinessByReference` schema): the checklist named,
 * not copied, and each answer without what the rest of the response already says
 * ({@link CompactAnswer}). `readinessFromReference` rebuilds the {@link EntityReadiness}.
 *
 * @public
 */
export type EntityReadinessByReference =
  components['schemas']['EntityReadinessByReference'];

/**
 * An answer as {@link EntityReadinessByReference} sends it (generated from the API's
 * `CompactAnswer` schema). An automatic answer (no `version`) is its question and its
 * `evidence` alone, since it says everything else. A person's answer leaves out its entity,
 * `source`, an empty `links`, a `reviewedAt` equal to `answeredAt`, a `stale` that is false,
 * its evidence's provider title, and `answeredBy` when it is the response's `answeredBy`.
 *
 * @public
 */
export type CompactAnswer = components['schemas']['CompactAnswer'];

/**
 * Evidence as a {@link CompactAnswer} carries it: without its provider's title (see
 * `providerTitles`) or an empty `links`.
 *
 * @public
 */
export type CompactEvidence = NonNullable<CompactAnswer['evidence']>;

/**
 * A checklist by reference, as one entity's readiness names it: `GET /checklists/{id}?version=`
 * returns the checklist itself, unchanging for a version. Generated from the API's
 * `EntityReadiness` schema.
 *
 * @public
 */
export type ChecklistRef = NonNullable<
  components['schemas']['EntityReadiness']['checklistRef']
>;

/**
 * What a successful answer write returns: the answers as written and the new score (generated
 * from the API's `WriteResult` schema).
 *
 * @public
 */
export type WriteAnswersResult = components['schemas']['WriteResult'];

/**
 * What an answer said at one version: the form history entries and audit events record
 * (generated from the API's `AnswerSnapshot` schema).
 *
 * @public
 */
export type AnswerSnapshot = components['schemas']['AnswerSnapshot'];

/**
 * One change of an answer, as the history endpoint returns it (generated from the API's
 * `HistoryEntry` schema).
 *
 * @public
 */
export type AnswerHistoryEntry = components['schemas']['HistoryEntry'];

/**
 * One answer of a write (generated from the API's `AnswerInput` schema): each carries the
 * version it was based on; `reviewedAt` (imports by service writers) and `expiresAt` (an N/A's
 * expiry) are optional.
 *
 * @public
 */
export type AnswerChange = components['schemas']['AnswerInput'];

/**
 * The configured checklists, levels and review interval (generated from the API's
 * `ChecklistsResponse` schema).
 *
 * @public
 */
export type ChecklistsResponse = components['schemas']['ChecklistsResponse'];
