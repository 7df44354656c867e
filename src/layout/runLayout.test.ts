import { afterEach, describe, expect, it, vi } from 'vitest';
import { dropStartedWorker, runLayout, startLayoutWorker } from './runLayout';

/** A stand-in for the browser's Worker: records what it is sent and whether it was stopped. */
class FakeWorker extends EventTarget {
  static made: FakeWorker[] = [];
  sent: unknown[] = [];
  terminated = false;
  constructor() {
    super();
    FakeWorker.made.push(this);
  }
  postMessage(message: unknown) {
    this.sent.push(message);
  }
  terminate() {
    this.terminated = true;
  }
}

const network = (count: number) => ({
  nodes: Array.from({ length: count }, (_, i) => ({ id: `n${i}`, label: `N ${i}`, size: 30, bold: false })),
  edges: [],
});

describe('the layout worker started ahead', () => {
  afterEach(() => {
    dropStartedWorker();
    FakeWorker.made = [];
    vi.unstubAllGlobals();
  });

  it('is the one the next large layout is sent to', () => {
    vi.stubGlobal('Worker', FakeWorker);
    startLayoutWorker();
    const { nodes, edges } = network(400);
    void runLayout(nodes, edges);
    expect(FakeWorker.made).toHaveLength(1);
    expect(FakeWorker.made[0]!.sent).toHaveLength(1);
  });

  it('is not used once it has failed (its script would not load): a new worker takes the layout', () => {
    vi.stubGlobal('Worker', FakeWorker);
    startLayoutWorker();
    FakeWorker.made[0]!.dispatchEvent(new Event('error'));
    const { nodes, edges } = network(400);
    void runLayout(nodes, edges);
    expect(FakeWorker.made).toHaveLength(2);
    expect(FakeWorker.made[0]!.terminated).toBe(true);
    expect(FakeWorker.made[0]!.sent).toEqual([]);
    expect(FakeWorker.made[1]!.sent).toHaveLength(1);
  });

  it('is stopped when a small layout, done on the page, has no use for it', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    startLayoutWorker();
    const { nodes, edges } = network(3);
    const { positions } = await runLayout(nodes, edges);
    expect(Object.keys(positions)).toHaveLength(3);
    expect(FakeWorker.made[0]!.terminated).toBe(true);
  });
});
