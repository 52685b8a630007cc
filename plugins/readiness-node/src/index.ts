/**
 * Extension points of the Readiness backend.
 *
 * @packageDocumentation
 */

export * from './evidence';
export * from './extensions';
export * from './readinessClientForService';
