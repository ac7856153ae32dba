// Copy and quote (issue 14): the browser's copy keeps who said what across turns; a selection, a
// turn or (from the outline) a question copies as a quote with its citation.
import type { Feature } from '../content/features';
import { mountCopy } from './mount';

export const transcriptCopy: Feature = {
  id: 'copy',
  modelBound: true,
  // With the speaker tags: they are what a plain copy would glue onto the words, and with them
  // off the page (and its copy) is as Sina made it.
  enabled: (settings, model) => settings.speakerTags && model.transcript,
  init: (ctx) => mountCopy(ctx),
};
