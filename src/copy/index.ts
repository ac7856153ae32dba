// Copy and quote (issue 14): the browser's copy keeps who said what across turns; a selection, a
// turn or (from the outline) a question copies as a quote with its citation.
import type { Feature } from '../content/features';
import { mountCopy } from './mount';

export const transcriptCopy: Feature = {
  id: 'copy',
  modelBound: true,
  enabled: (_settings, model) => model.transcript,
  init: (ctx) => mountCopy(ctx),
};
