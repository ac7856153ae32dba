// The reader's UI — speaker tags, print, the outline and section panels, copy, and the Preact they
// render with — is a bundle of its own (ui.js, built from ./ui.ts), so that every Sina page loads
// only the reader's core. The core asks the background to inject the bundle into its frame
// (scripting.executeScript, src/background/router.ts) once the page needs it: the engine found a
// transcript, or sections the panel would show. Both run in the same isolated world: the bundle
// leaves its features on that world's global, where the core (and any later copy of the core
// taking over in that world) picks them up. The page's own scripts live in another world and
// never see them.
import { modelSections } from '../engine/sections';
import type { TranscriptModel } from '../engine/model';
import type { ContentPlatform } from '../platform/types';
import type { Settings } from '../settings/schema';
import type { Feature } from './features';

/** A registry symbol: the same in both scripts of one world, unknown to the page. */
const UI_FEATURES = Symbol.for('sina-finance-reader:ui-features');
type Scope = { [UI_FEATURES]?: readonly Feature[] };

/** Called by the UI bundle when it runs. */
export function registerUiFeatures(scope: object, features: readonly Feature[]): void {
  (scope as Scope)[UI_FEATURES] = features;
}

/** Whether the page needs the UI now: a transcript (tags, outline, copy, print), or an article
 *  whose sections the panel would list while the panel is on. Asked after each analysis and on
 *  settings changes until the UI is loaded. */
export function wantsUi(settings: Settings, model: TranscriptModel): boolean {
  return model.transcript || (settings.outlinePanel && modelSections(model).length > 0);
}

/** The UI's features: those already in this world, else the background injects the bundle into
 *  this frame first. [] when it could not (the reader goes on without its UI). */
export function uiLoader(platform: Pick<ContentPlatform, 'runtime'>, scope: object = globalThis): () => Promise<readonly Feature[]> {
  const present = () => (scope as Scope)[UI_FEATURES];
  return async () => {
    if (present()) return present()!;
    const ran = await platform.runtime.send({ type: 'sfr:load-ui' }).catch(() => false);
    return (ran === true && present()) || [];
  };
}
