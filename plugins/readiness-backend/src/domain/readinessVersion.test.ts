import { ReadinessAccess } from '@readiness/plugin-readiness-common';
import { StoredAnswer } from '../database/ReadinessStore';
import { StoredEvidence } from '../database/EvidenceStore';
import { ReadinessInputs, readinessVersion } from './readinessVersion';

const DAY_MS = 24 * 60 * 60 * 1000;
const reviewed = new Date('2026-06-01T00:00:00.000Z');

const answer: StoredAnswer = {
  entityRef: 'component:default/payments',
  questionId: 'ops.backups',
  status: 'yes',
  links: [],
  version: 1,
  answeredBy: 'user:default/alice',
  answeredAt: reviewed.toISOString(),
  reviewedAt: reviewed.toISOString(),
};
const evidence: StoredEvidence = {
  entityRef: 'component:default/payments',
  questionId: 'ops.ci',
  providerId: 'repository',
  status: 'yes',
  note: 'CI runs from ci.yml.',
  links: [],
  evaluatedAt: new Date(reviewed.getTime() + 10 * DAY_MS).toISOString(),
};
const editor: ReadinessAccess = {
  canEdit: true,
  owners: ['group:default/team-a'],
};

function versionAt(
  daysAfterReview: number,
  change: Partial<ReadinessInputs> = {},
  access = editor,
) {
  return readinessVersion({
    configVersion: 'config-1',
    subject: ['Component', 'service'],
    reviewIntervalDays: 180,
    access,
    inputs: {
      checklist: undefined,
      personAnswers: [answer],
      automatic: [evidence],
      problems: [],
      now: new Date(reviewed.getTime() + daysAfterReview * DAY_MS),
      ...change,
    },
  });
}

describe('readinessVersion', () => {
  it('stays the same while nothing the response is built from changes', () => {
    expect(versionAt(1)).toBe(versionAt(1));
    // Time alone changes nothing until an answer goes stale.
    expect(versionAt(100)).toBe(versionAt(1));
  });

  it('changes when an answer goes stale, and when automatic evidence does', () => {
    expect(versionAt(180)).not.toBe(versionAt(179));
    expect(versionAt(190)).not.toBe(versionAt(189));
  });

  it('changes with an exemption expiring', () => {
    const exempt = {
      personAnswers: [
        {
          ...answer,
          status: 'na' as const,
          expiresAt: new Date(reviewed.getTime() + 30 * DAY_MS).toISOString(),
        },
      ],
    };
    expect(versionAt(31, exempt)).not.toBe(versionAt(29, exempt));
  });

  it("changes with any stored row and with the caller's access", () => {
    const base = versionAt(1);
    expect(
      versionAt(1, { personAnswers: [{ ...answer, version: 2 }] }),
    ).not.toBe(base);
    expect(versionAt(1, { automatic: [] })).not.toBe(base);
    expect(
      versionAt(1, {
        problems: [
          {
            entityRef: answer.entityRef,
            providerId: 'repository',
            attempted: 'read the repository',
            reason: 'not found',
            failingSince: reviewed.toISOString(),
            lastAttemptAt: reviewed.toISOString(),
          },
        ],
      }),
    ).not.toBe(base);
    expect(versionAt(1, {}, { ...editor, canEdit: false })).not.toBe(base);
  });

  it('is a quoted ETag', () => {
    expect(versionAt(1)).toMatch(/^"[\w-]{27}"$/);
  });
});
