import { BackstageCredentials } from '@backstage/backend-plugin-api';

/** How answers, history and audit events name the writer: a user's ref, or `service:<subject>`. */
export const actorOf = (credentials: BackstageCredentials): string => {
  const principal = credentials.principal as {
    type: string;
    userEntityRef?: string;
    subject?: string;
  };
  if (principal.type === 'user' && principal.userEntityRef) {
    return principal.userEntityRef;
  }
  return `service:${principal.subject ?? 'unknown'}`;
};
