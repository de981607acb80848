import { nextWatermark, type WatermarkState } from './watermark.js';

const T0 = Date.parse('2026-12-01T10:00:00Z');
const at = (seconds: number) => new Date(T0 + seconds * 1000);

describe('nextWatermark', () => {
  it.each<[string, WatermarkState, number, number, ReturnType<typeof nextWatermark>]>([
    [
      'first pass: only a candidate',
      { watermarkId: 10, candidateId: null, candidateSince: null },
      50,
      0,
      {
        watermarkId: 10,
        candidateId: 50,
      },
    ],
    ['candidate too young: nothing', { watermarkId: 10, candidateId: 50, candidateSince: at(0) }, 80, 59, null],
    [
      'aged candidate is promoted',
      { watermarkId: 10, candidateId: 50, candidateSince: at(0) },
      80,
      60,
      {
        watermarkId: 50,
        candidateId: 80,
      },
    ],
    [
      'a change below the candidate committed late and is unevaluated: only up to it',
      { watermarkId: 10, candidateId: 50, candidateSince: at(0) },
      29,
      120,
      { watermarkId: 29, candidateId: 29 },
    ],
    [
      'never moves back',
      { watermarkId: 40, candidateId: 30, candidateSince: at(0) },
      20,
      120,
      {
        watermarkId: 40,
        candidateId: 20,
      },
    ],
  ])('%s', (_name, state, through, nowSeconds, expected) => {
    expect(nextWatermark(state, through, at(nowSeconds))).toEqual(expected);
  });
});
