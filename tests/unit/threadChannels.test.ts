// tests/setupThreads.ts: a worker's BroadcastChannels hear that worker only, as in a forked worker, and each other.
import { Worker } from 'node:worker_threads';
import { expect, it } from 'vitest';

const heard = (channel: BroadcastChannel, ms: number) => new Promise<unknown[]>((resolve) => {
  const got: unknown[] = [];
  channel.onmessage = (e) => got.push(e.data);
  setTimeout(() => resolve(got), ms);
});

it('a channel hears a channel of the same name in its worker, not one in another thread', async () => {
  const mine = new BroadcastChannel('atlas-test');
  const other = new Worker("const c = new BroadcastChannel('atlas-test'); c.postMessage('other thread'); c.close();", { eval: true });
  const same = new BroadcastChannel('atlas-test');
  same.postMessage('same worker');
  const got = await heard(mine, 300);
  await other.terminate();
  mine.close();
  same.close();
  expect(mine.name).toBe('atlas-test');
  expect(got).toEqual(['same worker']);
});
