import { ReadinessClient } from '@readiness/plugin-readiness-common/client';
import { Server } from 'http';
import { AddressInfo } from 'net';

/**
 * The one client (readiness-common/client) against a test backend, every request signed with
 * `authorization`; `onResponse` sees each request's method and URL with its response.
 */
export function clientOf(
  server: Server,
  authorization: string,
  onResponse: (
    request: { method: string; url: URL },
    response: Response,
  ) => void | Promise<void>,
): ReadinessClient {
  const { port } = server.address() as AddressInfo;
  return new ReadinessClient({
    discoveryApi: {
      getBaseUrl: async () => `http://127.0.0.1:${port}/api/readiness`,
    },
    fetchApi: {
      fetch: async (input, init = {}) => {
        const response = await fetch(input, {
          ...init,
          headers: { ...init.headers, Authorization: authorization },
        });
        await onResponse(
          { method: init.method ?? 'GET', url: new URL(input) },
          response,
        );
        return response;
      },
    },
  });
}
