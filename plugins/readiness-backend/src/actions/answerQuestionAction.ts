import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { InputError } from '@backstage/errors';
import { ReadinessActionDeps, readinessAsCaller } from './readinessAsCaller';
import { validEntityRef } from './validEntityRef';

/** Registers `readiness:answer-question`, the one action that writes. */
export function registerAnswerQuestionAction(
  actionsRegistry: ActionsRegistryService,
  deps: ReadinessActionDeps,
) {
  actionsRegistry.register({
    name: 'answer-question',
    title: "Answer a question of an entity's readiness checklist",
    description: `Sets the answer to one checklist question of a catalog entity (Yes, No, Partial or N/A, with an optional note and links to evidence) and returns the entity's new score and level. The answer is written as the caller: it needs the same permission as answering on the Readiness tab (by default, being an owner of the entity), and it is audited and kept in the answer history like any other answer.

Answers are versioned. Pass expectedVersion from get-entity-readiness to make sure nobody changed the answer since; without it the answer replaces whatever is current. A changed answer fails with a conflict that names who changed it. Question ids come from get-entity-readiness.`,
    attributes: { readOnly: false, idempotent: false, destructive: false },
    schema: {
      input: z =>
        z.object({
          entityRef: z
            .string()
            .describe('The entity ref, e.g. component:default/payments-api'),
          questionId: z.string().describe('The question id, e.g. ops.backups'),
          status: z
            .enum(['yes', 'no', 'partial', 'na'])
            .describe('yes, no, partial, or na (the question does not apply)'),
          note: z
            .string()
            .optional()
            .describe('Why, or what is missing (plain text)'),
          links: z
            .array(z.string())
            .optional()
            .describe('http(s) links to evidence: a runbook, a dashboard'),
          expectedVersion: z
            .number()
            .int()
            .min(0)
            .optional()
            .describe(
              'The answer version read before; omit to replace the current answer',
            ),
        }),
      output: z =>
        z.object({
          entityRef: z.string(),
          questionId: z.string(),
          status: z.string(),
          version: z.number(),
          score: z.number().nullable(),
          level: z.object({ id: z.string(), title: z.string() }).nullable(),
        }),
    },
    examples: [
      {
        title: 'Backups of the payments API are tested',
        input: {
          entityRef: 'component:default/payments-api',
          questionId: 'ops.backups',
          status: 'yes',
          note: 'Restore drill every quarter',
          links: ['https://runbooks.example.com/payments/restore'],
        },
      },
    ],
    action: async ({ input, credentials }) => {
      const entityRef = validEntityRef(input.entityRef);
      return readinessAsCaller(deps, credentials, async client => {
        const current = await client.getEntityReadiness(entityRef);
        if (!current.checklist) {
          throw new InputError(
            `${entityRef} has no readiness checklist: ${
              current.reason ?? 'none applies'
            }`,
          );
        }
        const expectedVersion =
          input.expectedVersion ??
          current.answers.find(a => a.questionId === input.questionId)
            ?.version ??
          0;
        const { answers, result } = await client.writeAnswers(
          entityRef,
          current.checklist.id,
          [
            {
              questionId: input.questionId,
              status: input.status,
              note: input.note,
              links: input.links,
              expectedVersion,
            },
          ],
        );
        const written = answers.find(a => a.questionId === input.questionId);
        return {
          output: {
            entityRef,
            questionId: input.questionId,
            status: written?.status ?? input.status,
            version: written?.version ?? expectedVersion + 1,
            score: result.score,
            level: result.level
              ? { id: result.level.id, title: result.level.title }
              : null,
          },
        };
      });
    },
  });
}
