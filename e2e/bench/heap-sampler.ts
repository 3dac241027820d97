// Peak JS heap of a page and all its workers, sampled over CDP: the page's own session, and
// each dedicated worker through Target.sendMessageToTarget (Playwright doesn't hand out
// sessions for workers). Every sample sums the used heap of every live target.
import type { Page } from '@playwright/test';

export interface HeapSampler {
  /** Stops sampling: the highest sum seen (bytes) and how many samples it took. */
  stop(): Promise<{ peak: number; samples: number; workers: number }>;
}

export async function sampleHeap(page: Page, everyMs = 25): Promise<HeapSampler> {
  const cdp = await page.context().newCDPSession(page);
  const workers = new Set<string>();
  const waiting = new Map<number, (usedSize: number) => void>();
  let nextId = 1;
  let seenWorkers = 0;
  cdp.on('Target.attachedToTarget', (event: { sessionId: string; targetInfo: { type: string } }) => {
    if (event.targetInfo.type !== 'worker') return;
    workers.add(event.sessionId);
    seenWorkers++;
  });
  cdp.on('Target.detachedFromTarget', (event: { sessionId: string }) => void workers.delete(event.sessionId));
  cdp.on('Target.receivedMessageFromTarget', (event: { message: string }) => {
    const reply = JSON.parse(event.message) as { id: number; result?: { usedSize: number } };
    waiting.get(reply.id)?.(reply.result?.usedSize ?? 0);
    waiting.delete(reply.id);
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });

  const workerHeap = (sessionId: string) =>
    new Promise<number>((resolve) => {
      const id = nextId++;
      waiting.set(id, resolve);
      // A worker that ends meanwhile never answers: count it as empty.
      setTimeout(() => waiting.delete(id) && resolve(0), 500);
      cdp
        .send('Target.sendMessageToTarget', {
          sessionId,
          message: JSON.stringify({ id, method: 'Runtime.getHeapUsage' }),
        })
        .catch(() => resolve(0));
    });

  let peak = 0;
  let samples = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      const [own, ...others] = await Promise.all([
        cdp
          .send('Runtime.getHeapUsage')
          .then((usage) => usage.usedSize)
          .catch(() => 0),
        ...[...workers].map(workerHeap),
      ]);
      peak = Math.max(peak, own + others.reduce((sum, size) => sum + size, 0));
      samples++;
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      await cdp.detach().catch(() => undefined);
      return { peak, samples, workers: seenWorkers };
    },
  };
}
