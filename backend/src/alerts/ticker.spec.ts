import { Ticker } from './ticker.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('Ticker', () => {
  it('never overlaps a slow job and stop() waits for the run in progress', async () => {
    let active = 0;
    let maxActive = 0;
    let finished = 0;
    const ticker = new Ticker(
      async () => {
        active++;
        maxActive = Math.max(maxActive, active);
        await sleep(30);
        active--;
        finished++;
      },
      5,
      () => undefined,
    );
    ticker.start(0);
    for (let i = 0; i < 10; i++) {
      ticker.nudge();
      await sleep(3);
    }
    await ticker.stop();
    expect(maxActive).toBe(1);
    expect(active).toBe(0);
    const after = finished;
    await sleep(40);
    expect(finished).toBe(after);
  });

  it('keeps running after a failing job and reports the error', async () => {
    const errors: unknown[] = [];
    let runs = 0;
    const ticker = new Ticker(
      async () => {
        runs++;
        throw new Error('boom');
      },
      5,
      (e) => errors.push(e),
    );
    ticker.start(0);
    await sleep(40);
    await ticker.stop();
    expect(runs).toBeGreaterThan(1);
    expect(errors.length).toBe(runs);
  });
});
