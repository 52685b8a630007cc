import { RequestHandler } from 'express';

/**
 * Counts the plugin's HTTP requests being served, so that background work (the evidence run)
 * lets them go first: it waits for a moment without requests, but never longer than it says,
 * so a busy portal cannot starve it.
 */
export class RequestsInFlight {
  private count = 0;
  /** Each waiting work's wake-up, with its timer. */
  private readonly waiting = new Map<
    () => void,
    ReturnType<typeof setTimeout>
  >();

  readonly middleware: RequestHandler = (_req, res, next) => {
    this.count += 1;
    let ended = false;
    const end = () => {
      if (ended) {
        return;
      }
      ended = true;
      this.count -= 1;
      if (this.count === 0) {
        this.waiting.forEach((_, wake) => wake());
      }
    };
    res.on('finish', end);
    res.on('close', end);
    next();
  };

  /** Resolves once no request is being served, or after `maxWaitMs`. */
  whenIdle(maxWaitMs: number): Promise<void> {
    if (this.count === 0) {
      return Promise.resolve();
    }
    return new Promise(resolve => {
      const wake = () => {
        clearTimeout(this.waiting.get(wake));
        this.waiting.delete(wake);
        resolve();
      };
      this.waiting.set(wake, setTimeout(wake, maxWaitMs));
    });
  }
}
