import { mapYielding } from './map-yielding.js';

describe('mapYielding', () => {
  it('gives what map gives, in order', async () => {
    const items = Array.from({ length: 1234 }, (_, i) => i);
    expect(await mapYielding(items, (x, i) => x * 2 + i, 100)).toEqual(items.map((x, i) => x * 2 + i));
    expect(await mapYielding([], (x: number) => x)).toEqual([]);
  });

  it('lets other work run between slices, and only between them', async () => {
    const seen: string[] = [];
    const timer = new Promise<void>((resolve) =>
      setImmediate(() => {
        seen.push('other work');
        resolve();
      }),
    );
    await mapYielding([1, 2, 3, 4, 5], (x) => seen.push(`item ${x}`), 2);
    await timer;
    expect(seen).toEqual(['item 1', 'item 2', 'other work', 'item 3', 'item 4', 'item 5']);
  });
});
