import { HostLimiter } from './host-limiter.js';

async function settle(): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
}

describe('HostLimiter', () => {
  it('grants up to the per-host limit and queues the rest in order', async () => {
    const limiter = new HostLimiter(10, 2);
    const started: number[] = [];
    const all = [1, 2, 3, 4].map((i) => limiter.acquire('a').then((ok) => ok && started.push(i)));
    await settle();
    expect(started).toEqual([1, 2]);
    expect(limiter.queued).toBe(2);
    limiter.release('a');
    await settle();
    expect(started).toEqual([1, 2, 3]);
    limiter.release('a');
    limiter.release('a');
    await Promise.all(all);
    expect(started).toEqual([1, 2, 3, 4]);
    expect(limiter.active).toBe(1);
  });

  it('a busy host does not block other hosts, and global slots go round-robin', async () => {
    const limiter = new HostLimiter(2, 2);
    const order: string[] = [];
    const grab = (host: string) => limiter.acquire(host).then((ok) => ok && order.push(host));
    await Promise.all([grab('a'), grab('a')]);
    void grab('a');
    void grab('a');
    void grab('b');
    await settle();
    expect(order).toEqual(['a', 'a']);
    limiter.release('a');
    await settle();
    limiter.release('a');
    await settle();
    expect(order).toEqual(['a', 'a', 'b', 'a']);
  });

  it.each([
    [5, 1, 3],
    [1, 5, 1],
    [4, 4, 4],
  ])(
    'never exceeds %i in total and %i per host, and uses them (peak %i)',
    async (maxTotal, maxPerHost, expectedPeak) => {
      const limiter = new HostLimiter(maxTotal, maxPerHost);
      let total = 0;
      let peakTotal = 0;
      const perHost = new Map<string, number>();
      let peakHost = 0;
      const work = Array.from({ length: 60 }, async (_, i) => {
        const host = ['x', 'y', 'z'][i % 3]!;
        await limiter.acquire(host);
        total++;
        perHost.set(host, (perHost.get(host) ?? 0) + 1);
        peakTotal = Math.max(peakTotal, total);
        peakHost = Math.max(peakHost, perHost.get(host)!);
        await new Promise((resolve) => setTimeout(resolve, 1));
        total--;
        perHost.set(host, perHost.get(host)! - 1);
        limiter.release(host);
      });
      await Promise.all(work);
      expect(peakTotal).toBe(expectedPeak);
      expect(peakHost).toBeLessThanOrEqual(maxPerHost);
      expect(limiter.active).toBe(0);
    },
  );

  it('close wakes waiters with false', async () => {
    const limiter = new HostLimiter(1, 1);
    expect(await limiter.acquire('a')).toBe(true);
    const waiting = limiter.acquire('a');
    limiter.close();
    expect(await waiting).toBe(false);
    expect(await limiter.acquire('b')).toBe(false);
  });
});
