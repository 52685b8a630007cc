import {
  AuthService,
  BackstageCredentials,
} from '@backstage/backend-plugin-api';

/**
 * The service principals one configuration key lets do something. Backstage allows every
 * service principal without asking the permission policy, so each write operation of this
 * plugin lets a service through only when the configuration lists it.
 *
 * Entries are written as docs/permissions.md says: `plugin:<pluginId>` for a backend plugin and
 * `external:<subject>` for an external-access token. A static token's principal carries its
 * configured subject as it is (`ci-bot`), a JWKS token's carries `external:<subject>`; both match
 * `external:ci-bot`.
 */
export class ServiceAllowList {
  private readonly subjects: Set<string>;

  constructor(entries: string[]) {
    this.subjects = new Set(
      entries.flatMap(entry =>
        entry.startsWith('external:')
          ? [entry, entry.slice('external:'.length)]
          : [entry],
      ),
    );
  }

  /** Whether the caller is a service this list names. Users are never on it. */
  lists(auth: AuthService, credentials: BackstageCredentials): boolean {
    return (
      auth.isPrincipal(credentials, 'service') &&
      this.subjects.has(credentials.principal.subject)
    );
  }
}
