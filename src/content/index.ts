// Content-script entry, injected on finance.sina.com.cn and finance.sina.cn only (manifest.json),
// at document_start. Built as one self-contained file (CRXJS standaloneFiles).
import { analyze } from '../engine/analyze';
import { browserPlatform } from '../platform/browser';
import { FEATURES } from './feature-list';
import { startContent } from './reader';

startContent({ doc: document, platform: browserPlatform(), analyze, features: FEATURES });
