// Content-script entry, the reader's core, injected on finance.sina.com.cn and finance.sina.cn
// (manifest.json) and on the other Sina sites the user turned on (registered by
// src/background/site-scripts.ts), both at document_start. Built as one self-contained file (CRXJS
// standaloneFiles). It holds what every page needs — settings, clean mode and the look, the
// engine's analysis, the popup's page state, commands — and loads the UI only where the page
// needs it (./ui-bundle.ts).
import { analyzeInSteps } from '../engine/analyze';
import { nativePlatform } from '../platform/native';
import { cleanMode } from './clean-feature';
import { startContent } from './reader';
import { uiLoader } from './ui-bundle';

const platform = nativePlatform();
// The analysis without the speaker kinds: only the UI shows them, and works them out (./feature-list.ts).
startContent({ doc: document, platform, analyze: (doc) => analyzeInSteps(doc), features: [cleanMode], loadUi: uiLoader(platform) });
