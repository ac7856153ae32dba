// The content script's timings as the popup gets them.
import { afterEach, expect, test, vi } from 'vitest';
import { timings } from '../../src/content/perf';

afterEach(() => vi.restoreAllMocks());

test('steps run in several tasks are summed; the analysis steps also make sfr:analyze; other measures are left out', () => {
  vi.spyOn(performance, 'getEntriesByType').mockReturnValue([
    { name: 'sfr:analyze:body', duration: 1.04 },
    { name: 'sfr:analyze:labels', duration: 2 },
    { name: 'sfr:features', duration: 3 },
    { name: 'sfr:features', duration: 4.02 },
    { name: 'page:measure', duration: 9 },
  ] as unknown as PerformanceEntryList);
  expect(timings()).toEqual({ 'sfr:analyze:body': 1, 'sfr:analyze:labels': 2, 'sfr:analyze': 3, 'sfr:features': 7 });
});
