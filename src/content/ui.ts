// The UI bundle's entry (see ./ui-bundle.ts): injected by the background into a frame whose
// reader found a transcript or sections; it hands the reader there its features. Built as one
// self-contained file of its own (vite.config.ts).
import { UI_FEATURES } from './feature-list';
import { registerUiFeatures } from './ui-bundle';

registerUiFeatures(globalThis, UI_FEATURES);
