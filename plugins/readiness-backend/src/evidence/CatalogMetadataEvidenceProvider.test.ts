import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { CatalogMetadataEvidenceProvider } from './CatalogMetadataEvidenceProvider';

const catalog: Record<string, Entity> = {
  'group:default/payments': {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'payments' },
    spec: {
      type: 'team',
      profile: { displayName: 'Payments Team' },
      children: [],
    },
    relations: [
      { type: 'hasMember', targetRef: 'user:default/ana' },
      { type: 'hasMember', targetRef: 'user:default/bo' },
    ],
  },
  'group:default/empty': {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'empty' },
    spec: { type: 'team', children: [] },
  },
  'system:default/checkout': {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'System',
    metadata: { name: 'checkout', title: 'Checkout' },
    spec: { owner: 'payments' },
    relations: [{ type: 'partOf', targetRef: 'domain:default/commerce' }],
  },
};

const context = {
  logger: mockServices.logger.mock(),
  getEntity: async (ref: string) => catalog[ref],
};

const provider = new CatalogMetadataEvidenceProvider();

describe('CatalogMetadataEvidenceProvider', () => {
  it('answers eleven questions from a well-described service', async () => {
    const answers = await provider.evaluate(
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: {
          name: 'checkout-api',
          namespace: 'default',
          description: 'Takes orders.',
          annotations: {
            'backstage.io/source-location':
              'url:https://git.example.com/checkout-api',
            'backstage.io/techdocs-ref': 'dir:.',
            'github.com/project-slug': 'example/checkout-api',
            'pagerduty.com/service-id': 'P123',
            'sonarqube.org/project-key': 'checkout-api',
            'snyk.io/org-name': 'example',
          },
          links: [
            {
              url: 'https://chat.example.com/checkout',
              title: 'Slack #checkout',
            },
          ],
        },
        spec: { type: 'service', lifecycle: 'production', owner: 'payments' },
        relations: [
          { type: 'ownedBy', targetRef: 'group:default/payments' },
          { type: 'partOf', targetRef: 'system:default/checkout' },
          { type: 'providesApi', targetRef: 'api:default/checkout' },
        ],
      },
      context,
    );
    expect(
      Object.fromEntries(answers.map(a => [a.questionId, a.status])),
    ).toEqual({
      'communication.team': 'yes',
      'communication.single-repository': 'yes',
      'communication.business-value': 'partial',
      'communication.channels': 'partial',
      'architecture.use-cases': 'partial',
      'architecture.release-process': 'partial',
      'web-servers.exposes-api': 'yes',
      'software-quality.ci': 'yes',
      'software-quality.monitoring': 'yes',
      'software-quality.quality-gates': 'yes',
      'software-quality.security-scanning': 'yes',
    });
    const team = answers.find(a => a.questionId === 'communication.team')!;
    expect(team.note).toBe(
      'Owned by Payments Team, a group with 2 members in the catalog.',
    );
    // People read the notes: names, never refs.
    expect(
      answers.find(a => a.questionId === 'communication.business-value')!.note,
    ).toBe(
      'Part of the Checkout system in the commerce domain, with a description; link a product brief to make it a Yes.',
    );
    expect(answers.map(a => a.note).join(' ')).not.toMatch(/\w+:default\//);
    expect(team.links).toEqual(['/catalog/default/group/payments']);
    expect(
      answers.find(a => a.questionId === 'communication.single-repository')!
        .links,
    ).toEqual(['https://git.example.com/checkout-api']);
    expect(
      answers.find(a => a.questionId === 'web-servers.exposes-api')!.links,
    ).toEqual(['/catalog/default/api/checkout']);
    expect(
      answers.every(a => provider.questionIds.includes(a.questionId as any)),
    ).toBe(true);
  });

  it('says what is missing, and stays silent where absence proves nothing', async () => {
    const answers = await provider.evaluate(
      {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: { name: 'bare', namespace: 'default' },
        spec: { type: 'service', owner: 'empty' },
        relations: [{ type: 'ownedBy', targetRef: 'group:default/empty' }],
      },
      context,
    );
    expect(answers.map(a => [a.questionId, a.status, a.note])).toEqual([
      [
        'communication.team',
        'partial',
        'Owned by empty, but the catalog lists no members for it.',
      ],
      [
        'communication.single-repository',
        'no',
        'No backstage.io/source-location annotation in the catalog.',
      ],
      [
        'web-servers.exposes-api',
        'na',
        'The catalog lists no API provided by this component.',
      ],
    ]);
  });
});
