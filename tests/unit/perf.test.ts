// @vitest-environment happy-dom
// The content script's steps: written to the page's User Timing only when asked.
import { beforeEach, expect, test, vi } from 'vitest';
import { begin, measure, publishTimings } from '../../src/content/perf';

const sfrMeasures = () => performance.getEntriesByType('measure').filter((e) => e.name.startsWith('sfr:'))
  .map((e) => ({ name: e.name, start: e.startTime, duration: e.duration }));

beforeEach(() => {
  vi.restoreAllMocks();
  // Earlier tests' steps out of the way: written, then cleared.
  publishTimings();
  performance.clearMeasures();
});

test('no User Timing entry until asked; then each step once, with its own start and duration, and no marks', () => {
  const marks = vi.spyOn(performance, 'mark');
  const clock = vi.spyOn(performance, 'now');
  for (const t of [10, 12.5, 20, 21, 30, 31]) clock.mockReturnValueOnce(t);
  measure('sfr:early', () => {});
  const end = begin('sfr:analyze');
  expect(sfrMeasures()).toEqual([]);
  publishTimings();
  expect(sfrMeasures()).toEqual([{ name: 'sfr:early', start: 10, duration: 2.5 }]);
  measure('sfr:features', () => {});
  // A step named at its end.
  end('sfr:analyze:body');
  publishTimings();
  publishTimings();
  expect(sfrMeasures()).toEqual([
    { name: 'sfr:early', start: 10, duration: 2.5 },
    { name: 'sfr:features', start: 21, duration: 9 },
    { name: 'sfr:analyze:body', start: 20, duration: 11 },
  ].sort((a, b) => a.start - b.start));
  expect(marks).not.toHaveBeenCalled();
});
