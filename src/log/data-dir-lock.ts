// The exclusive lock on a data directory (proper-lockfile), so two processes never write one log.
import lockfile from 'proper-lockfile';
import { join } from 'node:path';
import { LogError } from './log-error.ts';

export interface LockOptions {
  /**
   * A lock not refreshed for this long is stale and may be taken over (a crashed holder's lock
   * expires this long after its last refresh). The holder refreshes it every stale/2 from its
   * event loop, so a synchronous call longer than this compromises the lock. Default 30 s.
   */
  readonly lockStaleMs?: number;
  /** How long open() waits for a held lock (e.g. a crashed process's) before failing. Default 0. */
  readonly lockWaitMs?: number;
}

export interface DataDirLock {
  /** Set when the lock could not be refreshed in time: writing is no longer safe. */
  readonly compromised: Error | undefined;
  release(): Promise<void>;
}

const RETRY_INTERVAL_MS = 250;

export async function lockDataDir(dir: string, options: LockOptions = {}): Promise<DataDirLock> {
  const stale = options.lockStaleMs ?? 30_000;
  const wait = options.lockWaitMs ?? 0;
  const lockfilePath = join(dir, 'plaza.lock');
  const state: { compromised: Error | undefined } = { compromised: undefined };
  let release: () => Promise<void>;
  try {
    release = await lockfile.lock(dir, {
      lockfilePath,
      realpath: false,
      stale,
      retries: {
        retries: Math.ceil(wait / RETRY_INTERVAL_MS),
        factor: 1,
        minTimeout: RETRY_INTERVAL_MS,
        maxTimeout: RETRY_INTERVAL_MS,
      },
      // The library's default throws from a timer and kills the process; record it instead.
      onCompromised: (error) => {
        state.compromised = error;
      },
    });
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ELOCKED') {
      throw new LogError(
        'LOCKED',
        `data directory ${dir} is in use by another Plaza process (lock ${lockfilePath}); ` +
          `a lock left by a crashed process expires ${stale / 1000} s after its last refresh`,
        { file: dir, cause: error },
      );
    }
    throw error;
  }
  return {
    get compromised() {
      return state.compromised;
    },
    async release() {
      // A compromised lock may already belong to someone else: leave it alone.
      if (!state.compromised) await release();
    },
  };
}
