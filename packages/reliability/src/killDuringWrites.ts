import { resolve } from 'node:path';
import { AnswerWriters, missingAcks, QUESTIONS } from './answerWriters';
import { BackendProcess } from './backendProcess';
import { sleep } from './sleep';
import { CheckResult } from './checkResult';

/**
 * kill -9 during writes: eight writers answer questions as fast as the backend takes them; after
 * 200 acknowledged writes the backend process is killed without warning, then started again on
 * the same database. Every acknowledged write must be there.
 */
export async function killDuringWrites(options: {
  label: string;
  port: number;
  workDir: string;
  database: object;
}): Promise<CheckResult> {
  const backend = new BackendProcess(
    `kill-${options.label.toLowerCase().replace(/\W+/g, '-')}`,
    options.port,
    { workDir: resolve(options.workDir), database: options.database },
  );
  await backend.start();
  const writers = new AnswerWriters([backend.url], { questions: QUESTIONS });
  writers.start();
  const started = Date.now();
  while (writers.acked.length < 200 && Date.now() - started < 60_000) {
    await sleep(20);
  }
  backend.kill();
  await writers.stop();
  const acked = [...writers.acked];
  const restartMs = await backend.start();
  const missing = await missingAcks(backend.url, acked);
  await backend.stop();
  return {
    check: `kill -9 during writes (${options.label})`,
    passed: acked.length >= 200 && missing.length === 0,
    figures: [
      `${acked.length} writes acknowledged before the kill`,
      `${writers.unanswered} in flight`,
      `${missing.length} missing after restart`,
      `serving again after ${(restartMs / 1000).toFixed(1)} s`,
    ].join(', '),
  };
}
