import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { EntityReadiness, rankGaps } from '@readiness/plugin-readiness-common';
import { ReadinessActionDeps, readinessAsCaller } from './readinessAsCaller';
import { validEntityRef } from './validEntityRef';

/** How many open questions the action lists unless asked for more. */
const DEFAULT_OPEN_QUESTIONS = 10;

/**
 * An entity's readiness for an assistant: its score and level, what blocks its next level, and
 * its open questions, most valuable first (the ranking of the card's top gaps).
 */
export function summarizeEntityReadiness(
  readiness: EntityReadiness,
  limit: number,
) {
  const { checklist, result } = readiness;
  if (!checklist || !result) {
    return {
      entityRef: readiness.entityRef,
      checklist: null,
      reason: readiness.reason ?? 'No checklist applies to this entity.',
      score: null,
      level: null,
      nextLevel: null,
      openQuestions: [],
    };
  }
  const textOf = new Map(
    checklist.sections.flatMap(s => s.questions.map(q => [q.id, q.text])),
  );
  const sectionTitle = new Map(checklist.sections.map(s => [s.id, s.title]));
  const gaps = rankGaps(checklist, result, readiness.answers);
  return {
    entityRef: readiness.entityRef,
    checklist: { id: checklist.id, title: checklist.title },
    assessment: readiness.assessment,
    score: result.score,
    level: result.level
      ? { id: result.level.id, title: result.level.title }
      : null,
    questions: result.questions,
    answered: result.answered,
    stale: result.stale,
    nextLevel: result.nextLevel && {
      id: result.nextLevel.level.id,
      title: result.nextLevel.level.title,
      pointsNeeded: result.nextLevel.pointsNeeded,
      requiredQuestions: result.nextLevel.missingRequired.map(id => ({
        questionId: id,
        text: textOf.get(id) ?? id,
      })),
    },
    openQuestions: gaps.slice(0, limit).map(gap => ({
      questionId: gap.question.id,
      text: gap.question.text,
      section: sectionTitle.get(gap.sectionId) ?? gap.sectionId,
      reason: gap.reason,
      blocksNextLevel: gap.blocksNextLevel,
    })),
    openQuestionCount: gaps.length,
  };
}

/** Registers `readiness:get-entity-readiness`. */
export function registerGetEntityReadinessAction(
  actionsRegistry: ActionsRegistryService,
  deps: ReadinessActionDeps,
) {
  actionsRegistry.register({
    name: 'get-entity-readiness',
    title: 'Get the readiness of an entity',
    description: `Returns a catalog entity's production-readiness score (0 to 100), the level it reached, and what stands between it and the next level: the points still missing and the required questions that must be a fresh Yes. Lists the open questions (unanswered, No, Partial or stale answers), those that block the next level first, then by the weight they would add.

Use it to answer "how ready is X for production?" or "what should X do next?". The entity ref has the form kind:namespace/name, for example component:default/payments-api. The caller must be allowed to read the entity in the catalog.`,
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z =>
        z.object({
          entityRef: z
            .string()
            .describe(
              'The entity ref, kind:namespace/name, e.g. component:default/payments-api',
            ),
          openQuestions: z
            .number()
            .int()
            .min(0)
            .max(200)
            .optional()
            .describe(
              `How many open questions to list (default ${DEFAULT_OPEN_QUESTIONS})`,
            ),
        }),
      output: z => {
        const named = z.object({ id: z.string(), title: z.string() });
        return z.object({
          entityRef: z.string(),
          checklist: named.nullable(),
          reason: z
            .string()
            .optional()
            .describe('Why no checklist applies, when none does'),
          assessment: z
            .string()
            .optional()
            .describe(
              'people (someone answered), automatic (only evidence did) or not-started',
            ),
          score: z.number().nullable(),
          level: named.nullable().describe('null when below the first level'),
          questions: z.number().optional(),
          answered: z.number().optional(),
          stale: z.number().optional(),
          nextLevel: z
            .object({
              id: z.string(),
              title: z.string(),
              pointsNeeded: z.number(),
              requiredQuestions: z.array(
                z.object({ questionId: z.string(), text: z.string() }),
              ),
            })
            .nullable()
            .describe('null when the top level is reached'),
          openQuestions: z.array(
            z.object({
              questionId: z.string(),
              text: z.string(),
              section: z.string(),
              reason: z.enum(['unanswered', 'no', 'partial', 'stale']),
              blocksNextLevel: z.boolean(),
            }),
          ),
          openQuestionCount: z.number().optional(),
        });
      },
    },
    examples: [
      {
        title: 'What blocks the payments API from the next level',
        input: { entityRef: 'component:default/payments-api' },
      },
    ],
    action: async ({ input, credentials }) => {
      const readiness = await readinessAsCaller(deps, credentials, client =>
        client.getEntityReadiness(validEntityRef(input.entityRef)),
      );
      return {
        output: summarizeEntityReadiness(
          readiness,
          input.openQuestions ?? DEFAULT_OPEN_QUESTIONS,
        ),
      };
    },
  });
}
