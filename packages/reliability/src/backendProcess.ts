import { ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, openSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { api, ENTITY_PATH, SERVICE_SUBJECT, SERVICE_TOKEN } from './caller';
import { sleep } from './sleep';

// The checks run from packages/reliability (yarn workspace reliability test:reliability).
const REPO = resolve(process.cwd(), '../..');

/**
 * The demo portal's backend as its own process on `port`, with the database and settings
 * given: what an operator runs, so a kill or an outage hits the real thing.
 */
export class BackendProcess {
  private child?: ChildProcess;

  constructor(
    readonly name: string,
    readonly port: number,
    private readonly options: {
      workDir: string;
      database: object;
      readiness?: object;
      /** Further top-level configuration, such as `catalog` (arrays replace the app-config's). */
      config?: object;
      /** The checkout whose backend runs; this one by default (the bench also runs an older one). */
      repoDir?: string;
      /** What must answer 200 before the backend counts as started. */
      readyPath?: string;
      /** A local port for the backend's inspector (the bench profiles its CPU through it). */
      inspectPort?: number;
    },
  ) {}

  get url() {
    return `http://localhost:${this.port}`;
  }

  /** The backend's process id while it runs (for its CPU time). */
  get pid(): number | undefined {
    return this.child?.exitCode === null ? this.child.pid : undefined;
  }

  get logFile() {
    return resolve(this.options.workDir, `${this.name}.log`);
  }

  /** Starts the backend and waits until it serves the entity's readiness (the catalog is loaded). */
  async start() {
    mkdirSync(this.options.workDir, { recursive: true });
    const configFile = resolve(this.options.workDir, `${this.name}.yaml`);
    // JSON is YAML, which the config loader reads.
    writeFileSync(
      configFile,
      JSON.stringify({
        backend: {
          baseUrl: this.url,
          listen: { port: this.port },
          database: this.options.database,
          auth: {
            externalAccess: [
              {
                type: 'static',
                options: { token: SERVICE_TOKEN, subject: SERVICE_SUBJECT },
              },
            ],
          },
        },
        readinessSampleData: { enabled: false },
        // The bench's floor route (packages/backend/src/modules/readFloor).
        readFloor: { enabled: true },
        readiness: {
          permissions: { serviceWriters: [SERVICE_SUBJECT] },
          ...this.options.readiness,
        },
        ...this.options.config,
      }),
    );
    const log = openSync(this.logFile, 'a');
    this.child = spawn(
      process.execPath,
      [
        ...(this.options.inspectPort
          ? [`--inspect=127.0.0.1:${this.options.inspectPort}`]
          : []),
        '--require',
        require.resolve('@backstage/cli/config/nodeTransform.cjs'),
        'src/index.ts',
        '--config',
        '../../app-config.yaml',
        '--config',
        configFile,
      ],
      {
        cwd: resolve(this.options.repoDir ?? REPO, 'packages/backend'),
        detached: true,
        stdio: ['ignore', log, log],
      },
    );
    const started = Date.now();
    while (Date.now() - started < 120_000) {
      if (this.child.exitCode !== null) {
        throw new Error(`${this.name} exited at start; see ${this.logFile}`);
      }
      const readyPath = this.options.readyPath ?? ENTITY_PATH;
      const res = await api(this.url, 'GET', readyPath, undefined, 2000);
      if (res.status === 200) {
        return Date.now() - started;
      }
      await sleep(500);
    }
    throw new Error(
      `${this.name} did not serve within 120 s; see ${this.logFile}`,
    );
  }

  /** Ends the process group at once, as `kill -9` does: no shutdown hooks run. */
  kill() {
    this.signal('SIGKILL');
  }

  async stop() {
    this.signal('SIGTERM');
    const child = this.child;
    if (child && child.exitCode === null) {
      await new Promise(done => child.once('exit', done));
    }
  }

  private signal(signal: NodeJS.Signals) {
    if (this.child?.pid && this.child.exitCode === null) {
      try {
        process.kill(-this.child.pid, signal);
      } catch {
        // already gone
      }
    }
  }
}
