import { mockServices } from '@backstage/backend-test-utils';
import { UrlReaders } from '@backstage/backend-defaults/urlReader';
import { Entity } from '@backstage/catalog-model';
import { resolve } from 'path';
import { LocalFolderUrlReader } from '../testUtils/LocalFolderUrlReader';

/** Where the sample repositories of the demo live, and the URL they are read under in tests. */
export const SAMPLES_ROOT = resolve(
  __dirname,
  '../../../../examples/repositories',
);
export const SAMPLES_URL = 'https://repos.test/';

/** Backstage's URL reader service with a local-folder reader registered for `baseUrl`. */
export function folderUrlReader(root = SAMPLES_ROOT, baseUrl = SAMPLES_URL) {
  return UrlReaders.default({
    config: mockServices.rootConfig({ data: {} }),
    logger: mockServices.logger.mock(),
    factories: [LocalFolderUrlReader.factory({ baseUrl, root })],
  });
}

/** A component whose source location is `location`. */
export function componentAt(name: string, location: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name,
      namespace: 'default',
      annotations: { 'backstage.io/source-location': `url:${location}` },
    },
    spec: { type: 'service', owner: 'team-a', lifecycle: 'production' },
  };
}
