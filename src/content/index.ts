// Content-script entry, injected on finance.sina.com.cn and finance.sina.cn (manifest.json) and on the
// other Sina sites the user turned on (registered by src/background/site-scripts.ts), both
// at document_start. Built as one self-contained file (CRXJS standaloneFiles).
import { analyzeInSteps } from '../engine/analyze';
import { nativePlatform } from '../platform/native';
import { FEATURES } from './feature-list';
import { startContent } from './reader';

startContent({ doc: document, platform: nativePlatform(), analyze: analyzeInSteps, features: FEATURES });
