import { writeFileSync } from 'node:fs';

/** 40 teams, 200 systems in 10 domains, as the plugin's in-process benches use. */
const TEAMS = 40;
const SYSTEMS = 200;
const DOMAINS = 10;

export const benchEntityName = (i: number) =>
  `service-${String(i).padStart(6, '0')}`;

const team = (i: number) => `team-${String(i % TEAMS).padStart(2, '0')}`;

/**
 * Writes a catalog file of `components` services (a quarter of them websites) with their
 * groups, systems and domains, the way one large monorepo file would hold them. Every other
 * component carries a CI and an on-call annotation, so the catalog-metadata evidence provider
 * has something to find.
 */
export function writeCatalogFixture(file: string, components: number) {
  const docs: object[] = [];
  for (let d = 0; d < DOMAINS; d++) {
    docs.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Domain',
      metadata: { name: `domain-${d}` },
      spec: { owner: team(d) },
    });
  }
  for (let s = 0; s < SYSTEMS; s++) {
    docs.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'System',
      metadata: { name: `system-${s}` },
      spec: { owner: team(s), domain: `domain-${s % DOMAINS}` },
    });
  }
  for (let t = 0; t < TEAMS; t++) {
    docs.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Group',
      metadata: { name: team(t) },
      spec: { type: 'team', children: [] },
    });
  }
  for (let i = 0; i < components; i++) {
    docs.push({
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: {
        name: benchEntityName(i),
        ...(i % 2 === 0
          ? {
              annotations: {
                'github.com/project-slug': `example/${benchEntityName(i)}`,
                'pagerduty.com/service-id': `P${i}`,
              },
            }
          : {}),
      },
      spec: {
        type: i % 4 === 0 ? 'website' : 'service',
        owner: team(i),
        system: `system-${i % SYSTEMS}`,
        lifecycle: 'production',
      },
    });
  }
  // JSON documents are YAML; one per line keeps the file quick to write and to read.
  writeFileSync(
    file,
    `${docs.map(d => `---\n${JSON.stringify(d)}`).join('\n')}\n`,
  );
  return docs.length;
}
