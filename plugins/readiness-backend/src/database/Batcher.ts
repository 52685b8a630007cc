/**
 * Runs calls in batches, one batch at a time: what is added while a batch runs waits and goes
 * into the next one. Alone, an item goes at once; under load, many share one query or
 * transaction. An evidence run that evaluates many entities side by side so costs the database
 * one statement at a time, which leaves room for people's writes.
 */
export class Batcher<T, R> {
  private readonly waiting: {
    item: T;
    done: (result: R) => void;
    fail: (error: unknown) => void;
  }[] = [];
  private running = false;

  constructor(
    /** Runs a batch; answers each item's result, in order. */
    private readonly run: (items: T[]) => Promise<R[]>,
    private readonly options: {
      maxBatch: number;
      /** Awaited before each batch: background work lets people's requests go first. */
      beforeEach?: () => Promise<void> | undefined;
    },
  ) {}

  /** Resolves with the item's result once the batch it went into has run. */
  add(item: T): Promise<R> {
    return new Promise<R>((done, fail) => {
      this.waiting.push({ item, done, fail });
      this.next();
    });
  }

  private next() {
    if (this.running || this.waiting.length === 0) {
      return;
    }
    this.running = true;
    Promise.resolve(this.options.beforeEach?.())
      .catch(() => undefined)
      .then(() => {
        const batch = this.waiting.splice(0, this.options.maxBatch);
        return Promise.resolve(batch.map(b => b.item))
          .then(items => this.run(items))
          .then(
            results => batch.forEach((b, i) => b.done(results[i])),
            error => batch.forEach(b => b.fail(error)),
          );
      })
      .finally(() => {
        this.running = false;
        this.next();
      });
  }
}
