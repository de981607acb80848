import { decideFlap, flappingEnded } from './flapping.js';

const T0 = Date.parse('2026-12-01T10:00:00Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000);

describe('decideFlap', () => {
  it.each([
    ['no damping configured', null, [0, 1, 2, 3, 4, 5], 5, null, 'notify'],
    ['few changes', 3, [0, 1], 1, null, 'notify'],
    ['exactly K changes is not flapping', 3, [0, 1, 2], 2, null, 'notify'],
    ['more than K changes within W', 3, [0, 1, 2, 3, 4], 4, null, 'start_flapping'],
    ['old changes fall out of the window', 3, [-30, -20, 1, 2, 3], 3, null, 'notify'],
    ['the window edge itself is outside', 3, [-7, 1, 2, 3], 3, null, 'notify'],
    ['an episode in progress silences', 3, [0, 20], 20, at(0), 'silence'],
  ] as const)('%s', (_name, threshold, minutes, now, flappingSince, expected) => {
    expect(
      decideFlap({
        threshold,
        windowMinutes: 10,
        changesAt: minutes.map(at),
        at: at(now),
        flappingSince,
      }),
    ).toBe(expected);
  });
});

describe('flappingEnded', () => {
  it.each([
    [0, 9, false],
    [0, 10, true],
    [0, 60, true],
  ])('last change at %i, now %i min → %s', (last, now, expected) => {
    expect(flappingEnded(at(last), at(now), 10)).toBe(expected);
  });
});
