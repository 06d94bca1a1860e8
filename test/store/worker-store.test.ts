// WorkerStore beyond the shared behaviour suite: a dead worker fails every later call at once.
import { expect, it } from 'vitest';
import { WorkerStore } from '../../src/store/worker-store.ts';
import { StoreError } from '../../src/store/store-error.ts';

it('fails every call after its worker died, instead of hanging', async () => {
  const store = new WorkerStore();
  expect(await store.size()).toBe(0);
  await (store as unknown as { worker: { terminate(): Promise<number> } }).worker.terminate();
  const error = await store.size().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StoreError);
  expect((error as StoreError).message).toContain('store worker exited');
  await store.close();
});
