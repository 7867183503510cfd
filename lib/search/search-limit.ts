// A bound on the searches one instance computes at the same time (issue 10, point 4): each
// search holds a database connection and builds its answer in memory, so fifty visitors at
// once must not mean fifty searches at once. Beyond the limit a search waits its turn in a
// bounded queue for a bounded time; beyond that it is refused (the API answers 503 with
// Retry-After), which keeps memory flat and lets a load balancer or the visitor try again.
// Answers from the cache never wait here.

/** Seconds a refused client is asked to wait before it tries again. */
export const BUSY_RETRY_AFTER_SECONDS = 2;

export class SearchBusyError extends Error {
  readonly retryAfterSeconds = BUSY_RETRY_AFTER_SECONDS;
  constructor(readonly reason: "queue_full" | "waited_too_long") {
    super(`Too many searches at once (${reason})`);
    this.name = "SearchBusyError";
  }
}

export type ConcurrencyLimitOptions = {
  /** Searches running at once. */
  concurrency: number;
  /** Searches that may wait for a turn; more are refused at once. */
  queue: number;
  /** Milliseconds a search may wait for a turn; 0 waits without limit. */
  maxWaitMs: number;
};

type Waiter = { start: () => void; refuse: (error: SearchBusyError) => void; timer?: ReturnType<typeof setTimeout> };

export class ConcurrencyLimit {
  private running = 0;
  private readonly waiting: Waiter[] = [];
  /** Refusals since the start, for the benchmark and the tests. */
  refused = 0;

  constructor(readonly options: ConcurrencyLimitOptions) {}

  get active(): number {
    return this.running;
  }

  get queued(): number {
    return this.waiting.length;
  }

  /** Runs `work` when a turn is free; throws SearchBusyError when none comes in time. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await work();
    } finally {
      this.release();
    }
  }

  private acquire(): Promise<void> {
    if (this.running < this.options.concurrency) {
      this.running += 1;
      return Promise.resolve();
    }
    if (this.waiting.length >= this.options.queue) {
      this.refused += 1;
      return Promise.reject(new SearchBusyError("queue_full"));
    }
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { start: resolve, refuse: reject };
      if (this.options.maxWaitMs > 0) {
        waiter.timer = setTimeout(() => {
          const index = this.waiting.indexOf(waiter);
          if (index === -1) return;
          this.waiting.splice(index, 1);
          this.refused += 1;
          reject(new SearchBusyError("waited_too_long"));
        }, this.options.maxWaitMs);
      }
      this.waiting.push(waiter);
    });
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) {
      // The turn passes straight to the next search: `running` stays the same.
      clearTimeout(next.timer);
      next.start();
    } else {
      this.running -= 1;
    }
  }
}
