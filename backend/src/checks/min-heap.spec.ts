import { MinHeap } from './min-heap.js';

describe('MinHeap', () => {
  it.each([
    [[]],
    [[5]],
    [[3, 1, 2]],
    [[5, 5, 1, 1, 9, 0, -3, 7, 7, 2]],
    [Array.from({ length: 500 }, (_, i) => (i * 7919) % 503)],
  ])('pops %j in ascending order', (values) => {
    const heap = new MinHeap<number>((v) => v);
    values.forEach((v) => heap.push(v));
    expect(heap.size).toBe(values.length);
    expect(heap.peek()).toBe(values.length ? Math.min(...values) : undefined);
    const out: number[] = [];
    while (heap.size) out.push(heap.pop()!);
    expect(out).toEqual([...values].sort((a, b) => a - b));
    expect(heap.pop()).toBeUndefined();
  });

  it('interleaves pushes and pops', () => {
    const heap = new MinHeap<{ at: number }>((v) => v.at);
    heap.push({ at: 10 });
    heap.push({ at: 5 });
    expect(heap.pop()!.at).toBe(5);
    heap.push({ at: 1 });
    heap.push({ at: 20 });
    expect([heap.pop()!.at, heap.pop()!.at, heap.pop()!.at]).toEqual([1, 10, 20]);
  });
});
