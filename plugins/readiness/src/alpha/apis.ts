import {
  ApiBlueprint,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/frontend-plugin-api';
import { readinessApiRef } from '../api/ReadinessApi';
import { ReadinessClient } from '@readiness/plugin-readiness-common/client';

/**
 * The Readiness API for the new frontend system.
 *
 * @alpha
 */
export const readinessApi = ApiBlueprint.make({
  params: defineParams =>
    defineParams({
      api: readinessApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: deps => new ReadinessClient(deps),
    }),
});
