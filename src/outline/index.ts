// Outline panel (issue 4): the transcript's questions in a side panel (a bottom sheet on narrow
// screens), with scroll-spy, search, speaker filter, Markdown copy and j / k navigation.
import type { Feature } from '../content/features';
import { panelHiddenOn } from './hide';
import type { TranscriptModel } from '../engine/model';
import { sectionOutline, type Section } from '../engine/sections';
import { mountOutline } from './mount';
import { mountSections } from './sections-mount';

export const outlinePanel: Feature = {
  id: 'outline',
  modelBound: true,
  // Not where the reader hid it from the panel's menu (for all articles: outlinePanel goes off).
  enabled: (settings, model, url) => settings.outlinePanel && model.transcript && !panelHiddenOn(settings, url),
  init: (ctx) => mountOutline(ctx),
};

/** Read once per model: `enabled` is asked again on every settings change. */
const sectionsByModel = new WeakMap<TranscriptModel, Section[]>();
function sectionsOf(model: TranscriptModel): Section[] {
  let found = sectionsByModel.get(model);
  if (!found) {
    found = model.transcript ? [] : sectionOutline(model.body);
    sectionsByModel.set(model, found);
  }
  return found;
}

/** The section panel (issue 16): an ordinary article with at least three headings. */
export const sectionPanel: Feature = {
  id: 'sections',
  modelBound: true,
  enabled: (settings, model, url) =>
    settings.outlinePanel && !model.transcript && model.body !== null && !panelHiddenOn(settings, url) && sectionsOf(model).length > 0,
  init: (ctx) => mountSections(ctx, sectionsOf(ctx.model)),
};
