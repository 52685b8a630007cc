import { defaultChecklist } from '@readiness/plugin-readiness-common';
import { api, ENTITY_PATH } from './caller';

/** A write the backend acknowledged (200): it must survive anything. */
export type Ack = { questionId: string; note: string; version: number };

/** The eight database questions of the default checklist: no evidence provider answers them. */
export const QUESTIONS = defaultChecklist.sections
  .flatMap(s => s.questions)
  .map(q => q.id)
  .filter(id => id.startsWith('databases.'));

/**
 * Writers that keep answering questions of one entity, each with a note that names the write.
 * `perQuestion` writers share a question (they race); a refused write (409) re-reads the
 * version and tries again. A writer stops when the backend does not answer.
 */
export class AnswerWriters {
  readonly acked: Ack[] = [];
  /** Writes refused with 409 because another writer got there first. */
  conflicts = 0;
  /** Writes that got no response: in flight when the backend went away. */
  unanswered = 0;
  private stopped = false;
  private running: Promise<void>[] = [];
  private seq = 0;

  constructor(
    private readonly baseUrls: string[],
    private readonly options: {
      questions: string[];
      perQuestion?: number;
      /** Stop after this many writes were attempted in all. */
      maxWrites?: number;
    },
  ) {}

  start() {
    const perQuestion = this.options.perQuestion ?? 1;
    this.options.questions.forEach((questionId, q) => {
      for (let w = 0; w < perQuestion; w++) {
        const baseUrl = this.baseUrls[(q + w) % this.baseUrls.length];
        this.running.push(this.write(baseUrl, questionId));
      }
    });
  }

  async stop() {
    this.stopped = true;
    await Promise.all(this.running);
  }

  /** Resolves once every writer has stopped (maxWrites reached, or the backend is gone). */
  async finished() {
    await Promise.all(this.running);
  }

  private async write(baseUrl: string, questionId: string) {
    let version = await currentVersion(baseUrl, questionId);
    while (!this.stopped) {
      if (
        this.options.maxWrites !== undefined &&
        this.seq >= this.options.maxWrites
      ) {
        return;
      }
      const note = `write ${this.seq++}`;
      const res = await api(
        baseUrl,
        'PUT',
        `${ENTITY_PATH}/answers/${questionId}`,
        {
          checklistId: 'backend-project',
          status: this.seq % 2 ? 'yes' : 'no',
          note,
          expectedVersion: version,
        },
      );
      if (res.status === 200) {
        version = res.body.answers[0].version;
        this.acked.push({ questionId, note, version });
      } else if (res.status === 409) {
        this.conflicts += 1;
        version = await currentVersion(baseUrl, questionId);
      } else if (res.status === 0) {
        this.unanswered += 1;
        return;
      } else {
        throw new Error(
          `write refused: ${res.status} ${JSON.stringify(res.body)}`,
        );
      }
    }
  }
}

/** The version a write of the question must name now. */
export async function currentVersion(baseUrl: string, questionId: string) {
  const res = await api(baseUrl, 'GET', ENTITY_PATH);
  if (res.status !== 200) {
    return 0;
  }
  const answer = res.body.answers.find(
    (a: { questionId: string }) => a.questionId === questionId,
  );
  return answer?.version ?? 0;
}

/** Every history entry of one question, newest first. */
export async function historyOf(baseUrl: string, questionId: string) {
  const items: { id: number; version: number; note?: string }[] = [];
  for (;;) {
    const beforeId = items.at(-1)?.id;
    const page = await api(
      baseUrl,
      'GET',
      `${ENTITY_PATH}/history?questionId=${questionId}&limit=1000${
        beforeId ? `&beforeId=${beforeId}` : ''
      }`,
    );
    if (page.status !== 200) {
      throw new Error(`history: ${page.status} ${JSON.stringify(page.body)}`);
    }
    items.push(...page.body.items);
    if (page.body.items.length < 1000) {
      return items;
    }
  }
}

/**
 * Checks acknowledged writes against what the backend now holds: each acknowledged note is in
 * its question's history, and each question's version is at least its last acknowledged one.
 * Returns the acknowledged writes that are missing.
 */
export async function missingAcks(baseUrl: string, acked: Ack[]) {
  const missing: Ack[] = [];
  for (const questionId of new Set(acked.map(a => a.questionId))) {
    const notes = new Set(
      (await historyOf(baseUrl, questionId)).map(item => item.note),
    );
    const version = await currentVersion(baseUrl, questionId);
    for (const ack of acked.filter(a => a.questionId === questionId)) {
      if (!notes.has(ack.note) || version < ack.version) {
        missing.push(ack);
      }
    }
  }
  return missing;
}
