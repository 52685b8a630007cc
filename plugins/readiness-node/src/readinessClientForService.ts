import {
  AuthService,
  BackstageCredentials,
  DiscoveryService,
} from '@backstage/backend-plugin-api';
import { ReadinessClient } from '@readiness/plugin-readiness-common/client';

/**
 * The readiness client for a backend plugin or module: every request carries a fresh plugin
 * token, on behalf of the plugin itself unless other credentials are given.
 *
 * @public
 */
export function readinessClientForService(options: {
  discovery: DiscoveryService;
  auth: AuthService;
  onBehalfOf?: BackstageCredentials;
}): ReadinessClient {
  const { discovery, auth } = options;
  return new ReadinessClient({
    discoveryApi: discovery,
    fetchApi: {
      fetch: async (input, init = {}) => {
        const { token } = await auth.getPluginRequestToken({
          onBehalfOf:
            options.onBehalfOf ?? (await auth.getOwnServiceCredentials()),
          targetPluginId: 'readiness',
        });
        return fetch(input, {
          ...init,
          headers: { ...init.headers, Authorization: `Bearer ${token}` },
        });
      },
    },
  });
}
