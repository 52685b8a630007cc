/**
 * Test utilities of the repository module: a URL reader over local folders.
 *
 * @packageDocumentation
 */
export { LocalFolderUrlReader } from './testUtils/LocalFolderUrlReader';
