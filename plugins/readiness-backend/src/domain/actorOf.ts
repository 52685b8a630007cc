import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { formatReadinessWriter } from '@readiness/plugin-readiness-common';

/** How answers, history and audit events record the writer of a request. */
export const actorOf = (credentials: BackstageCredentials): string => {
  const principal = credentials.principal as {
    type: string;
    userEntityRef?: string;
    subject?: string;
  };
  return formatReadinessWriter(
    principal.type === 'user' && principal.userEntityRef
      ? { type: 'user', userEntityRef: principal.userEntityRef }
      : { type: 'service', subject: principal.subject ?? 'unknown' },
  );
};
