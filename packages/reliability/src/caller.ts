/** The static token of the external caller the checks write as (a listed service writer). */
export const SERVICE_TOKEN = 'reliability-check-token-4f2a9c1e7b';
export const SERVICE_SUBJECT = 'external:reliability';

/** An entity of the demo catalog no sample answers touch. */
export const ENTITY_PATH =
  '/api/readiness/entities/component/default/log-shipper';

/** One API call's outcome; `status` 0 means no response (refused, reset or timed out). */
export type Outcome = { status: number; body: any; ms: number };

/** Calls the backend as the reliability service, giving up after `timeoutMs`. */
export async function api(
  baseUrl: string,
  method: string,
  path: string,
  body?: object,
  timeoutMs = 15_000,
): Promise<Outcome> {
  const started = Date.now();
  try {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${SERVICE_TOKEN}`,
        ...(body ? { 'Content-Type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON; kept as text
    }
    return { status: res.status, body: parsed, ms: Date.now() - started };
  } catch {
    return { status: 0, body: undefined, ms: Date.now() - started };
  }
}
