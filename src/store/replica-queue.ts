// The bounded FIFO of queries waiting for a free replica: a full queue or a long wait fails with
// STORE_UNAVAILABLE (the endpoint answers 503 + Retry-After) instead of hanging.
import { isTimeoutReason, StoreError } from './store-error.ts';

interface Waiter<T> {
  resolve(value: T): void;
  reject(error: Error): void;
}

const unavailable = (message: string): StoreError => new StoreError('STORE_UNAVAILABLE', message);

export class ReplicaQueue<T> {
  private readonly waiters: Waiter<T>[] = [];
  /** Waiters turned away: queue full, or no replica came free in time. */
  refused = 0;

  constructor(
    private readonly max: number,
    private readonly maxWaitMs: number,
  ) {}

  get length(): number {
    return this.waiters.length;
  }

  /** Resolves with the next replica handed over; the signal or the wait bound ends the wait. */
  wait(signal: AbortSignal | undefined): Promise<T> {
    if (this.waiters.length >= this.max) {
      this.refused++;
      return Promise.reject(unavailable(`every query worker is busy (${this.max} queries wait)`));
    }
    return new Promise<T>((resolve, reject) => {
      const leave = (): void => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
      };
      const turnAway = (message: string): void => {
        leave();
        this.refused++;
        reject(unavailable(message));
      };
      const onAbort = (): void => {
        // A deadline spent waiting is the pool's shortage, not the query's cost.
        if (isTimeoutReason(signal?.reason))
          turnAway('no query worker came free before the deadline');
        else {
          leave();
          reject(new StoreError('ABORTED', 'the query was aborted', { cause: signal?.reason }));
        }
      };
      const timer = setTimeout(
        () => turnAway(`no query worker came free within ${this.maxWaitMs} ms`),
        this.maxWaitMs,
      );
      const waiter: Waiter<T> = {
        resolve: (value) => {
          leave();
          resolve(value);
        },
        reject: (error) => {
          leave();
          reject(error);
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.waiters.push(waiter);
    });
  }

  /** Gives the value to the longest waiter; false when nobody waits. */
  handOver(value: T): boolean {
    const first = this.waiters[0];
    first?.resolve(value);
    return first !== undefined;
  }

  failAll(error: Error): void {
    for (const waiter of [...this.waiters]) waiter.reject(error);
  }
}
