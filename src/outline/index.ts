// Outline panel (issue 4): the transcript's questions in a side panel (a bottom sheet on narrow
// screens), with scroll-spy, search, speaker filter, Markdown copy and j / k navigation.
import type { Feature } from '../content/features';
import { mountOutline } from './mount';

export const outlinePanel: Feature = {
  id: 'outline',
  modelBound: true,
  enabled: (settings, model) => settings.outlinePanel && model.transcript,
  init: (ctx) => mountOutline(ctx),
};
