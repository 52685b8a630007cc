/**
 * Test utilities for code that uses the Readiness API.
 *
 * @packageDocumentation
 */

export { readinessApiMock } from './readinessApiMock';
export {
  MockReadinessApi,
  mockReadinessChecklist,
  responseError,
} from './MockReadinessApi';
