import { createExtensionPoint } from '@backstage/backend-plugin-api';
import { ReadinessEvidenceProvider } from './evidence';

/**
 * Lets backend modules contribute evidence providers to the Readiness backend.
 *
 * @public
 */
export interface ReadinessEvidenceExtensionPoint {
  /** Adds providers; the first provider that answers a question owns it. */
  addEvidenceProvider(...providers: ReadinessEvidenceProvider[]): void;
}

/**
 * The extension point for {@link ReadinessEvidenceProvider}s.
 *
 * @public
 */
export const readinessEvidenceExtensionPoint =
  createExtensionPoint<ReadinessEvidenceExtensionPoint>({
    id: 'readiness.evidence',
  });
