import { parseEntityRef } from '@backstage/catalog-model';

/**
 * Who wrote something, as answers, history, campaigns and audit events record it: a signed-in
 * user, or a service principal by its subject (`plugin:<id>`, `external:<subject>`).
 *
 * @public
 */
export type ReadinessWriter =
  | { type: 'user'; userEntityRef: string }
  | { type: 'service'; subject: string };

const SERVICE_PREFIX = 'service:';

/**
 * The recorded form of a writer: the user's entity ref, or `service:<subject>`.
 *
 * @public
 */
export function formatReadinessWriter(writer: ReadinessWriter): string {
  return writer.type === 'user'
    ? writer.userEntityRef
    : `${SERVICE_PREFIX}${writer.subject}`;
}

/**
 * Reads a recorded writer (an `answeredBy`, `changedBy` or `createdBy`) back.
 *
 * @public
 */
export function parseReadinessWriter(recorded: string): ReadinessWriter {
  return recorded.startsWith(SERVICE_PREFIX)
    ? { type: 'service', subject: recorded.slice(SERVICE_PREFIX.length) }
    : { type: 'user', userEntityRef: recorded };
}

/**
 * Who changed an answer, as people should read it: a catalog entity (a user, shown by its
 * display name) or a service, named in words.
 *
 * @public
 */
export type ReadinessActor =
  | { type: 'entity'; entityRef: string }
  | { type: 'service'; title: string };

/**
 * How people should read a recorded writer (see {@link parseReadinessWriter}).
 *
 * @public
 */
export function readinessActorOf(recorded: string): ReadinessActor {
  const writer = parseReadinessWriter(recorded);
  if (writer.type === 'service') {
    const [, type, name] =
      /^(plugin|external):(.+)$/.exec(writer.subject) ?? [];
    const titles = {
      plugin: `the ${name?.replace(/-/g, ' ')} plugin`,
      external: `the external service ${name}`,
    };
    return {
      type: 'service',
      title:
        titles[type as keyof typeof titles] ?? `the service ${writer.subject}`,
    };
  }
  try {
    parseEntityRef(writer.userEntityRef);
    return { type: 'entity', entityRef: writer.userEntityRef };
  } catch {
    return { type: 'service', title: recorded };
  }
}
