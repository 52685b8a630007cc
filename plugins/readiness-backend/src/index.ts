/**
 * The Readiness backend plugin.
 *
 * @packageDocumentation
 */

export { readinessPlugin as default } from './plugin';
export {
  readinessConditions,
  createReadinessConditionalDecision,
  isEntityOwner,
  readinessEntityResourceRef,
} from './permissions/rules';
