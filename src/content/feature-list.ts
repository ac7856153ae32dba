// Every feature the reader can mount, in mounting order. One entry per feature; each is undone by
// aborting its signal (see ./features.ts). Clean mode is the core's own (./clean-feature.ts); the
// rest make up the UI bundle (./ui.ts), which only pages with a transcript or sections load.
import { completeKinds } from '../engine/kinds';
import { cleanMode } from './clean-feature';
import type { Feature } from './features';
import { outlinePanel, sectionPanel } from '../outline';
import { speakerTags } from '../tags';
import { transcriptCopy } from '../copy';
import { transcriptPrint } from '../print';

export { cleanMode };

/** The core reads pages without the speaker kinds (./index.ts); the UI's features, which show
 *  them, work them out before they mount. */
const withKinds = (feature: Feature): Feature => ({
  ...feature,
  init(ctx) {
    completeKinds(ctx.model);
    feature.init(ctx);
  },
});

/** The UI bundle's features, mounted after clean mode in this order. */
export const UI_FEATURES: readonly Feature[] = [
  speakerTags,
  // Before the outline: its attribute on <html> comes first however often they are switched.
  transcriptPrint,
  outlinePanel,
  sectionPanel,
  transcriptCopy,
].map(withKinds);

export const FEATURES: readonly Feature[] = [cleanMode, ...UI_FEATURES];
