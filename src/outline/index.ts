// Outline panel (issue 4): the transcript's questions in a side panel (a bottom sheet on narrow
// screens), with scroll-spy, search, speaker filter, Markdown copy and j / k navigation.
import type { Feature } from '../content/features';
import { panelHiddenOn } from './hide';
import { modelSections } from '../engine/sections';
import { mountOutline } from './mount';
import { mountSections } from './sections-mount';

export const outlinePanel: Feature = {
  id: 'outline',
  modelBound: true,
  // Not where the reader hid it from the panel's menu (for all articles: outlinePanel goes off).
  enabled: (settings, model, url) => settings.outlinePanel && model.transcript && !panelHiddenOn(settings, url),
  init: (ctx) => mountOutline(ctx),
};

/** The section panel (issue 16): an ordinary article with at least three headings. */
export const sectionPanel: Feature = {
  id: 'sections',
  modelBound: true,
  enabled: (settings, model, url) =>
    settings.outlinePanel && !panelHiddenOn(settings, url) && modelSections(model).length > 0,
  init: (ctx) => mountSections(ctx, modelSections(ctx.model)),
};
