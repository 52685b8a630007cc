import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { ownerEntityRef } from '@readiness/plugin-readiness-common';
import { EntityScore } from '@readiness/plugin-readiness-common/client';
import { findLevel, levelIdsBelow } from './findLevel';
import { ReadinessActionDeps, readinessAsCaller } from './readinessAsCaller';

const DEFAULT_LIMIT = 50;
/** Score pages of 1,000 read at most, so the lowest scores of one owner are found among all. */
const MAX_PAGES = 20;

const lowestFirst = (a: EntityScore, b: EntityScore) =>
  (a.score ?? -1) - (b.score ?? -1) || a.entityRef.localeCompare(b.entityRef);

/** Registers `readiness:list-entities-below-level`. */
export function registerListEntitiesBelowLevelAction(
  actionsRegistry: ActionsRegistryService,
  deps: ReadinessActionDeps,
) {
  actionsRegistry.register({
    name: 'list-entities-below-level',
    title: 'List entities of an owner below a readiness level',
    description: `Lists the catalog entities of one owner (a team) that have not reached a readiness level, lowest score first, with their score and the level they did reach.

Use it to answer "which of team-a's services are not Gold yet?". The owner is a group ref (group:default/team-a) or a group name in the default namespace (team-a); the level is a level's id or title (for example Bronze, Silver, Gold). Only entities the caller may read in the catalog are listed.`,
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z =>
        z.object({
          owner: z
            .string()
            .min(1)
            .describe('The owning group: group:default/team-a or team-a'),
          level: z
            .string()
            .min(1)
            .describe('The level not yet reached, by id or title, e.g. Gold'),
          limit: z
            .number()
            .int()
            .min(1)
            .max(500)
            .optional()
            .describe(
              `How many entities to list at most (default ${DEFAULT_LIMIT})`,
            ),
        }),
      output: z =>
        z.object({
          owner: z.string(),
          level: z.object({ id: z.string(), title: z.string() }),
          entities: z.array(
            z.object({
              entityRef: z.string(),
              title: z.string().optional(),
              score: z.number().nullable(),
              level: z
                .object({ id: z.string(), title: z.string() })
                .nullable()
                .describe('The level reached; null when below the first'),
              stale: z.number(),
            }),
          ),
          complete: z
            .boolean()
            .describe('false when more entities match than were listed'),
        }),
    },
    examples: [
      {
        title: "Team A's entities that are not Gold yet",
        input: { owner: 'team-a', level: 'Gold' },
      },
    ],
    action: async ({ input, credentials }) => {
      const owner = ownerEntityRef(input.owner);
      const limit = input.limit ?? DEFAULT_LIMIT;
      return readinessAsCaller(deps, credentials, async client => {
        const { levels } = await client.getChecklists();
        const level = findLevel(levels, input.level);
        const found: EntityScore[] = [];
        let cursor: string | undefined;
        for (let page = 0; page < MAX_PAGES; page++) {
          const scores = await client.getScores({
            owners: [owner],
            levels: levelIdsBelow(levels, level),
            limit: 1000,
            cursor,
          });
          found.push(...scores.items);
          cursor = scores.nextCursor;
          if (!cursor) break;
        }
        const titleOf = new Map(levels.map(l => [l.id, l.title]));
        return {
          output: {
            owner,
            level: { id: level.id, title: level.title },
            entities: found
              .sort(lowestFirst)
              .slice(0, limit)
              .map(score => ({
                entityRef: score.entityRef,
                title: score.title,
                score: score.score,
                level: score.level
                  ? {
                      id: score.level,
                      title: titleOf.get(score.level) ?? score.level,
                    }
                  : null,
                stale: score.stale,
              })),
            complete: found.length <= limit && !cursor,
          },
        };
      });
    },
  });
}
