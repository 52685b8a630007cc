import { InputError } from '@backstage/errors';

/**
 * Page cursors of the scores endpoints are opaque to clients: the last entity ref of a page,
 * wrapped so that a cursor this API did not return is recognised and refused.
 */
export function encodeScoreCursor(afterEntityRef: string): string {
  return Buffer.from(JSON.stringify({ after: afterEntityRef })).toString(
    'base64url',
  );
}

/** The entity ref a cursor continues after; an InputError for anything else. */
export function decodeScoreCursor(cursor: string): string {
  try {
    const decoded: unknown = JSON.parse(
      Buffer.from(cursor, 'base64url').toString('utf8'),
    );
    if (
      decoded &&
      typeof decoded === 'object' &&
      typeof (decoded as { after?: unknown }).after === 'string'
    ) {
      return (decoded as { after: string }).after;
    }
  } catch {
    // Reported below like any other cursor that is not ours.
  }
  throw new InputError(
    `cursor '${cursor}' is not one this API returned; pass the nextCursor of the previous page`,
  );
}
