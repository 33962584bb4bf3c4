// A work queue drained by a bounded number of concurrent handlers: walks trees of any depth without
// recursion and never holds more than `concurrency` file handles or directory reads open at once.

import { abortReason } from './errors';

export function runQueue<T>(
  initial: readonly T[],
  concurrency: number,
  handle: (item: T, enqueue: (item: T) => void) => Promise<void>,
  signal?: AbortSignal,
): Promise<void> {
  const queue: T[] = [...initial];
  const enqueue = (item: T): void => {
    queue.push(item);
  };
  let active = 0;
  let settled = false;
  return new Promise<void>((resolve, reject) => {
    const fail = (error: unknown): void => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      reject(error);
    };
    const onAbort = (): void => fail(abortReason(signal as AbortSignal));
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    const pump = (): void => {
      if (settled) return;
      while (active < concurrency && queue.length > 0) {
        const item = queue.pop() as T;
        active++;
        handle(item, enqueue).then(() => {
          active--;
          pump();
        }, fail);
      }
      if (active === 0 && queue.length === 0) {
        settled = true;
        signal?.removeEventListener('abort', onAbort);
        resolve();
      }
    };
    pump();
  });
}

/** Maps items with at most `concurrency` calls in flight; results keep the input order. */
export async function mapConcurrent<T, R>(
  items: readonly T[],
  concurrency: number,
  fn: (item: T) => Promise<R>,
  signal?: AbortSignal,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  // The queue pops from the end: reversed indices keep the work roughly in input order.
  const indices = items.map((_item, index) => index).reverse();
  await runQueue(
    indices,
    concurrency,
    async (index) => {
      results[index] = await fn(items[index]);
    },
    signal,
  );
  return results;
}
