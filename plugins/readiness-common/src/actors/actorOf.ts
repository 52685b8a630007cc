import { parseEntityRef } from '@backstage/catalog-model';

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
 * Reads the `answeredBy` / `changedBy` of an answer: a user's entity ref, or
 * `service:plugin:<id>` / `service:external:<subject>` for a service principal.
 *
 * @public
 */
export function readinessActorOf(principal: string): ReadinessActor {
  const service = /^service:(plugin|external):(.+)$/.exec(principal);
  if (service) {
    const [, type, subject] = service;
    return {
      type: 'service',
      title:
        type === 'plugin'
          ? `the ${subject.replace(/-/g, ' ')} plugin`
          : `the external service ${subject}`,
    };
  }
  try {
    parseEntityRef(principal);
    return { type: 'entity', entityRef: principal };
  } catch {
    return { type: 'service', title: principal };
  }
}
