/*
 * The Readiness demo portal's backend: the core Backstage plugins a portal needs, plus the
 * Readiness plugin. See docs/installing.md for installing Readiness into your own backend.
 */

import { createBackend } from '@backstage/backend-defaults';
import {
  demoRepositoriesPlugin,
  demoRepositoryReaders,
} from './modules/demoRepositories';

const backend = createBackend();

backend.add(import('@backstage/plugin-app-backend'));

// auth: guest sign-in for the demo; see https://backstage.io/docs/auth/
backend.add(import('@backstage/plugin-auth-backend'));
backend.add(import('@backstage/plugin-auth-backend-module-guest-provider'));

// catalog
backend.add(import('@backstage/plugin-catalog-backend'));
backend.add(import('@backstage/plugin-catalog-backend-module-logs'));

// permissions: owners edit their entities' readiness answers, everyone reads
backend.add(import('@backstage/plugin-permission-backend'));
backend.add(import('./modules/readinessPermissionPolicy'));

backend.add(import('@backstage/plugin-user-settings-backend'));
backend.add(import('@backstage/plugin-notifications-backend'));
backend.add(import('@backstage/plugin-signals-backend'));
// the actions of the plugins listed in backend.actions.pluginSources, as MCP tools at
// /api/mcp-actions/v1 for AI assistants
backend.add(import('@backstage/plugin-mcp-actions-backend'));

// readiness
backend.add(import('@readiness/plugin-readiness-backend'));
// labels entities with their readiness, so the catalog filters on it server-side
backend.add(import('@readiness/plugin-catalog-backend-module-readiness'));
// answers questions from each entity's repository, through the backend's URL readers
backend.add(import('@readiness/plugin-readiness-backend-module-repository'));
// demo only: the sample repositories behind a URL reader, as a code host would be
backend.add(demoRepositoryReaders);
backend.add(demoRepositoriesPlugin);
// development only: loads sample answers for the sample catalog (see app-config.yaml)
backend.add(import('./modules/readinessSampleData'));
// benchmarks only: the floor under one entity's read (off unless readFloor.enabled)
backend.add(import('./modules/readFloor'));

backend.start();
