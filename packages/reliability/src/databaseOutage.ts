import { execFileSync } from 'node:child_process';
import { Ack, missingAcks, QUESTIONS } from './answerWriters';
import { BackendProcess } from './backendProcess';
import { sleep } from './sleep';
import { api, ENTITY_PATH, Outcome } from './caller';
import { CheckResult } from './checkResult';

const OUTAGE_MS = 20_000;
/** What a client may wait for one answer, outage or not. */
const MAX_REQUEST_MS = 10_000;

/** `pg_ctlcluster` on the script's own cluster ("15 readiness-reliability"). */
function cluster(action: 'stop' | 'start', name: string) {
  const [version, clusterName] = name.split(' ');
  execFileSync('pg_ctlcluster', [
    '--skip-systemctl-redirect',
    version,
    clusterName,
    action,
    ...(action === 'stop' ? ['-m', 'fast'] : []),
  ]);
}

/**
 * Stops the database for 20 s under a bounded load (a read and a write every 100 ms on each
 * replica), then starts it again.
 */
export async function databaseOutage(
  replicas: BackendProcess[],
  clusterName: string,
): Promise<CheckResult> {
  const outcomes: (Outcome & {
    phase: 'before' | 'outage' | 'after';
    at: number;
  })[] = [];
  const acked: Ack[] = [];
  let phase: 'before' | 'outage' | 'after' = 'before';
  let running = true;
  let seq = 0;
  const versions = new Map<string, number>();

  const client = async (replica: BackendProcess, questionId: string) => {
    while (running) {
      const read = await api(
        replica.url,
        'GET',
        ENTITY_PATH,
        undefined,
        30_000,
      );
      outcomes.push({ ...read, phase, at: Date.now() });
      if (read.status === 200) {
        const answer = read.body.answers.find(
          (a: { questionId: string }) => a.questionId === questionId,
        );
        versions.set(questionId, answer?.version ?? 0);
      }
      const note = `outage ${seq++}`;
      const write = await api(
        replica.url,
        'PUT',
        `${ENTITY_PATH}/answers/${questionId}`,
        {
          checklistId: 'backend-project',
          status: 'partial',
          note,
          expectedVersion: versions.get(questionId) ?? 0,
        },
        30_000,
      );
      outcomes.push({ ...write, phase, at: Date.now() });
      if (write.status === 200) {
        versions.set(questionId, write.body.answers[0].version);
        acked.push({
          questionId,
          note,
          version: write.body.answers[0].version,
        });
      }
      await sleep(100);
    }
  };
  const clients = replicas.map((replica, i) =>
    client(replica, QUESTIONS[4 + i]),
  );

  await sleep(3000);
  phase = 'outage';
  const stoppedAt = Date.now();
  cluster('stop', clusterName);
  await sleep(OUTAGE_MS);
  cluster('start', clusterName);
  const startedAt = Date.now();
  phase = 'after';
  // Serving again: each replica answers a read with 200.
  const recovered: number[] = [];
  for (const replica of replicas) {
    for (;;) {
      const res = await api(replica.url, 'GET', ENTITY_PATH, undefined, 10_000);
      if (res.status === 200) {
        recovered.push(Date.now() - startedAt);
        break;
      }
      if (Date.now() - startedAt > 60_000) {
        recovered.push(Infinity);
        break;
      }
      await sleep(250);
    }
  }
  await sleep(2000);
  running = false;
  await Promise.all(clients);

  const during = outcomes.filter(o => o.phase === 'outage' && o.status !== 200);
  const statuses = [...new Set(during.map(o => o.status))];
  const leaks = during.filter(o =>
    /127\.0\.0\.1|localhost|ECONNREFUSED|:\d{4,5}\b/.test(
      JSON.stringify(o.body?.error ?? ''),
    ),
  );
  const slowest = Math.max(...outcomes.map(o => o.ms));
  const missing = await missingAcks(replicas[0].url, acked);
  const back = Math.max(...recovered);
  const passed =
    during.length > 0 &&
    statuses.every(s => s === 503) &&
    leaks.length === 0 &&
    slowest <= MAX_REQUEST_MS &&
    missing.length === 0 &&
    back <= 10_000;
  return {
    check: `database outage of ${OUTAGE_MS / 1000} s under load`,
    passed,
    figures: `${outcomes.length} requests; during the outage ${
      during.length
    } answered ${statuses.join('/') || 'none'}, ${
      leaks.length
    } naming a host; slowest ${(slowest / 1000).toFixed(1)} s; ${
      acked.length
    } writes acknowledged, ${missing.length} missing; serving again ${(
      back / 1000
    ).toFixed(1)} s after the database (stopped ${(
      (startedAt - stoppedAt) /
      1000
    ).toFixed(0)} s)`,
  };
}
