import { createApiRef } from '@backstage/core-plugin-api';
import { ReadinessApi } from '@readiness/plugin-readiness-common/client';

export type {
  AnswerChange,
  ChecklistsResponse,
  EntityScore,
  ReadinessApi,
  ScorePage,
} from '@readiness/plugin-readiness-common/client';

/**
 * Reference to the `ReadinessApi` (from `@readiness/plugin-readiness-common/client`).
 *
 * @public
 */
export const readinessApiRef = createApiRef<ReadinessApi>({
  id: 'plugin.readiness.api',
});
