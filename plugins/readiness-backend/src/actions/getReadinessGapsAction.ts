import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import {
  ownerEntityRef,
  questionFailureRate,
  ReviewFilters,
} from '@readiness/plugin-readiness-common';
import { ReadinessActionDeps, readinessAsCaller } from './readinessAsCaller';

const DEFAULT_LIMIT = 10;

/** Registers `readiness:get-readiness-gaps`. */
export function registerGetReadinessGapsAction(
  actionsRegistry: ActionsRegistryService,
  deps: ReadinessActionDeps,
) {
  actionsRegistry.register({
    name: 'get-readiness-gaps',
    title: 'Get the org-wide readiness gaps',
    description: `Returns the checklist questions that fail most across the organisation (or one owner's entities), from the review platform teams use: for each question, how many entities it applies to and how many answered No, Partial, stale or not at all. Also returns the coverage (entities in scope and assessed) and the average score.

Use it to answer "where are we weakest?" or "what should the platform team build next?". Needs the permission to read the readiness review; the figures cover only entities the caller may read in the catalog.`,
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z =>
        z.object({
          owner: z
            .string()
            .min(1)
            .optional()
            .describe('Only this owner: group:default/team-a or team-a'),
          limit: z
            .number()
            .int()
            .min(1)
            .max(100)
            .optional()
            .describe(`How many questions to list (default ${DEFAULT_LIMIT})`),
        }),
      output: z =>
        z.object({
          entities: z.number(),
          assessed: z.number(),
          averageScore: z.number().nullable(),
          gaps: z.array(
            z.object({
              checklistId: z.string(),
              questionId: z.string(),
              text: z.string(),
              section: z.string(),
              failureRate: z
                .number()
                .describe(
                  'From 0 (every entity has a fresh Yes) to 1; Partial counts half, N/A is left out',
                ),
              entities: z.number(),
              no: z.number(),
              partial: z.number(),
              stale: z.number(),
              unanswered: z.number(),
            }),
          ),
        }),
    },
    examples: [
      { title: 'The five weakest questions org-wide', input: { limit: 5 } },
    ],
    action: async ({ input, credentials }) => {
      const filters: ReviewFilters = input.owner
        ? { owners: [ownerEntityRef(input.owner)] }
        : {};
      const report = await readinessAsCaller(deps, credentials, client =>
        client.getReport({ groupBy: 'owner', filters }),
      );
      const sectionTitle = new Map(report.sections.map(s => [s.id, s.title]));
      const gaps = report.questions
        .map(q => ({ q, failureRate: questionFailureRate(q) }))
        .filter(({ failureRate }) => failureRate > 0)
        .sort((a, b) => b.failureRate - a.failureRate)
        .slice(0, input.limit ?? DEFAULT_LIMIT);
      return {
        output: {
          entities: report.totals.coverage.inScope,
          assessed: report.totals.coverage.assessed,
          averageScore: report.totals.averageScore,
          gaps: gaps.map(({ q, failureRate }) => ({
            checklistId: q.checklistId,
            questionId: q.questionId,
            text: q.text,
            section: sectionTitle.get(q.sectionId) ?? q.sectionId,
            failureRate: Math.round(failureRate * 1000) / 1000,
            entities: q.entities,
            no: q.no,
            partial: q.partial,
            stale: q.stale,
            unanswered: q.unanswered,
          })),
        },
      };
    },
  });
}
