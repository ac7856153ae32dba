// Print / Save as PDF (issue 14): the transcript on paper with its speakers and question headings.
import type { Feature } from '../content/features';
import { mountPrint } from './mount';

export const transcriptPrint: Feature = {
  id: 'print',
  modelBound: true,
  // Wherever the extension does anything on a transcript; with every switch off the page is Sina's.
  enabled: (settings, model) => model.transcript && (settings.cleanMode || settings.speakerTags || settings.outlinePanel),
  init: ({ doc, model, signal, quietly }) => mountPrint(doc, model, signal, quietly),
};
