import { readFileSync } from 'node:fs';
import {
  AnswerWriters,
  currentVersion,
  historyOf,
  QUESTIONS,
} from './answerWriters';
import { BackendProcess } from './backendProcess';
import { sleep } from './sleep';
import { api, ENTITY_PATH } from './caller';
import { CheckResult } from './checkResult';

const RACE_WRITES = 1000;

/** Two replicas of the backend on one PostgreSQL database, as large installations run it. */
export async function twoReplicas(
  replicas: [BackendProcess, BackendProcess],
): Promise<CheckResult[]> {
  const [a, b] = replicas;
  const results: CheckResult[] = [];

  // A write through one replica is what the other one reads, at once.
  let stale = 0;
  const rounds = 20;
  for (let i = 0; i < rounds; i++) {
    const [writer, reader] = i % 2 ? [a, b] : [b, a];
    const questionId = QUESTIONS[0];
    const version = await currentVersion(writer.url, questionId);
    const note = `read-your-write ${i}`;
    const res = await api(
      writer.url,
      'PUT',
      `${ENTITY_PATH}/answers/${questionId}`,
      {
        checklistId: 'backend-project',
        status: 'yes',
        note,
        expectedVersion: version,
      },
    );
    const read = await api(reader.url, 'GET', ENTITY_PATH);
    const seen = read.body.answers.find(
      (x: { questionId: string }) => x.questionId === questionId,
    );
    if (res.status !== 200 || seen?.note !== note) stale += 1;
  }
  results.push({
    check: 'two replicas: a write through one is read through the other',
    passed: stale === 0,
    figures: `${rounds} writes, ${stale} not seen at once by the other replica`,
  });

  // 1,000 racing writes to one question, split over both replicas.
  const questionId = QUESTIONS[1];
  const before = await currentVersion(a.url, questionId);
  const rowsBefore = (await historyOf(a.url, questionId)).length;
  const writers = new AnswerWriters([a.url, b.url], {
    questions: [questionId],
    perQuestion: 16,
    maxWrites: RACE_WRITES,
  });
  const started = Date.now();
  writers.start();
  await writers.finished();
  const seconds = (Date.now() - started) / 1000;
  const successes = writers.acked.length;
  const finalVersion = await currentVersion(b.url, questionId);
  const all = await historyOf(b.url, questionId);
  // Newest first: the race's rows are the ones added since.
  const history = all.slice(0, all.length - rowsBefore);
  const versions = new Set(history.map(h => h.version));
  const ackedVersions = new Set(writers.acked.map(w => w.version));
  const passed =
    finalVersion - before === successes &&
    history.length === successes &&
    versions.size === history.length &&
    ackedVersions.size === successes;
  results.push({
    check: `two replicas: ${RACE_WRITES} racing writes to one question`,
    passed,
    figures: `${successes} succeeded, ${
      writers.conflicts
    } refused with 409; version ${before} -> ${finalVersion}, ${
      history.length
    } history rows, ${versions.size} distinct versions (${seconds.toFixed(
      1,
    )} s)`,
  });

  // The daily snapshot task runs every minute here; across both replicas it must not run twice
  // within one interval.
  const runTimes = async () => {
    const times: number[] = [];
    for (const replica of replicas) {
      for (const line of readFileSync(replica.logFile, 'utf8').split('\n')) {
        if (line.includes('Readiness snapshot of')) {
          const at = /(\d{4}-\d\d-\d\dT[\d:.]+Z)/.exec(line)?.[1];
          if (at) times.push(Date.parse(at));
        }
      }
    }
    return times.sort((x, y) => x - y);
  };
  const waitStarted = Date.now();
  while ((await runTimes()).length < 2 && Date.now() - waitStarted < 150_000) {
    await sleep(1000);
  }
  const times = await runTimes();
  const gaps = times.slice(1).map((t, i) => (t - times[i]) / 1000);
  results.push({
    check: 'two replicas: a scheduled task runs once per interval',
    passed: times.length >= 2 && gaps.every(g => g >= 50),
    figures: `${times.length} snapshot runs across both replicas, ${gaps
      .map(g => `${g.toFixed(0)} s`)
      .join(', ')} apart (interval 60 s)`,
  });
  return results;
}
