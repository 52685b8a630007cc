import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { registerAnswerQuestionAction } from './answerQuestionAction';
import { registerGetEntityReadinessAction } from './getEntityReadinessAction';
import { registerGetReadinessGapsAction } from './getReadinessGapsAction';
import { registerListEntitiesBelowLevelAction } from './listEntitiesBelowLevelAction';
import { ReadinessActionDeps } from './readinessAsCaller';

/**
 * Registers the readiness actions with Backstage's actions registry, where MCP clients of the
 * portal (through `@backstage/plugin-mcp-actions-backend`) and other action callers find them.
 */
export function registerReadinessActions(
  actionsRegistry: ActionsRegistryService,
  deps: ReadinessActionDeps,
) {
  registerGetEntityReadinessAction(actionsRegistry, deps);
  registerListEntitiesBelowLevelAction(actionsRegistry, deps);
  registerGetReadinessGapsAction(actionsRegistry, deps);
  registerAnswerQuestionAction(actionsRegistry, deps);
}
