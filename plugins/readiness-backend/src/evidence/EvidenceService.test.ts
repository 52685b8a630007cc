import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { Checklist } from '@readiness/plugin-readiness-common';
import { ReadinessEvidenceProvider } from '@readiness/plugin-readiness-node';
import { EvidenceStore, StoredEvidence } from '../database/EvidenceStore';
import { EvidenceService } from './EvidenceService';

class MemoryEvidenceStore implements EvidenceStore {
  evidence: StoredEvidence[] = [];
  lastRun?: string;
  async getEvidence() {
    return this.evidence;
  }
  async getLastRun() {
    return this.lastRun;
  }
  async replaceEvidence(
    entityRef: string,
    evidence: Omit<StoredEvidence, 'entityRef' | 'evaluatedAt'>[],
    evaluatedAt: string,
  ) {
    this.evidence = evidence.map(e => ({ ...e, entityRef, evaluatedAt }));
    this.lastRun = evaluatedAt;
  }
}

const checklist: Checklist = {
  id: 'c',
  title: 'C',
  appliesTo: [{ kind: 'Component' }],
  sections: [
    {
      id: 's',
      title: 'S',
      questions: ['q1', 'q2', 'q3'].map(id => ({
        id,
        text: id,
        guidance: '',
        weight: 1,
      })),
    },
  ],
};
const entity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'a', namespace: 'default' },
};

const provider = (
  id: string,
  questionIds: string[],
  answers: { questionId: string; status: 'yes' | 'no' | 'na'; note?: string }[],
): ReadinessEvidenceProvider => ({
  id,
  title: id,
  questionIds,
  evaluate: async () => answers.map(a => ({ note: '', ...a })),
});

describe('EvidenceService', () => {
  const now = new Date('2026-11-29T10:00:00Z');

  it('lets the first provider own a question and drops answers it did not declare', async () => {
    const store = new MemoryEvidenceStore();
    const logger = mockServices.logger.mock();
    const service = new EvidenceService({
      providers: [
        provider(
          'first',
          ['q1'],
          [
            { questionId: 'q1', status: 'yes', note: 'first says yes' },
            { questionId: 'q2', status: 'yes', note: 'not declared' },
          ],
        ),
        {
          ...provider('broken', ['q2'], []),
          evaluate: async () => {
            throw new Error('boom');
          },
        },
        provider(
          'second',
          ['q1', 'q3', 'q9'],
          [
            { questionId: 'q1', status: 'no', note: 'second says no' },
            { questionId: 'q3', status: 'na' },
            { questionId: 'q9', status: 'yes', note: 'not in the checklist' },
          ],
        ),
      ],
      store,
      logger,
      getEntity: async () => undefined,
      maxAgeMs: 60_000,
    });

    expect(await service.evaluate(entity, checklist, now)).toBe(true);
    expect(
      store.evidence.map(e => [e.questionId, e.providerId, e.status]),
    ).toEqual([['q1', 'first', 'yes']]);
    expect(logger.warn).toHaveBeenCalledWith(
      'Evidence provider broken failed for component:default/a: Error: boom',
    );
    // Nothing changed on a second evaluation.
    expect(await service.evaluate(entity, checklist, now)).toBe(false);
  });

  it('is due when never evaluated or older than the maximum age', async () => {
    const store = new MemoryEvidenceStore();
    const service = new EvidenceService({
      providers: [],
      store,
      logger: mockServices.logger.mock(),
      getEntity: async () => undefined,
      maxAgeMs: 60_000,
    });
    expect(await service.isDue('component:default/a', now)).toBe(true);
    store.lastRun = new Date(now.getTime() - 59_000).toISOString();
    expect(await service.isDue('component:default/a', now)).toBe(false);
    store.lastRun = new Date(now.getTime() - 60_000).toISOString();
    expect(await service.isDue('component:default/a', now)).toBe(true);
  });
});
