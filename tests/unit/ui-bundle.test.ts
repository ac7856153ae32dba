// The UI bundle loaded on demand (issue 18): the reader's core asks the background to inject it
// only where the page needs it — a transcript, or an article with sections while the panel is on
// — and goes on without it when the injection fails. Real engine, real features, happy-dom pages,
// the background's real router over the fake browser; "running" the injected file registers the
// real UI features in a scope standing for the isolated world.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startBackground } from '../../src/background/router';
import { CLEAN_ATTR } from '../../src/clean/clean-mode';
import { loadHtml, type LoadedPage } from '../../src/cli/load';
import { cleanMode, UI_FEATURES } from '../../src/content/feature-list';
import { startContent, type ContentReader } from '../../src/content/reader';
import { registerUiFeatures, uiLoader } from '../../src/content/ui-bundle';
import { UI_SCRIPT_FILE } from '../../src/content/ui-file';
import { analyze, analyzeInSteps } from '../../src/engine/analyze';
import { FakeWorld } from '../../src/platform/fake';
import { TAG_NAME } from '../../src/tags/tag-element';
import { articlePage, hostilePage, PLAIN_PAGE } from '../hardening/pages';

const URL = 'https://finance.sina.com.cn/china/gncj/2021-07-16/doc-ikqciyzk5768.shtml';
const FAST = { quietMs: 30, maxWaitMs: 120, max: 10 };

/** An ordinary article with four bold headings: the section panel's kind of page. */
const SECTIONED_PAGE = articlePage('下半年经济展望', ['一、消费', '二、投资', '三、出口', '四、物价'].map((heading) =>
  `<p><strong>${heading}</strong></p><p>${heading.slice(2)}方面，市场人士认为下半年总体平稳，政策仍有空间，预计全年保持合理区间。</p>`).join('\n'));

const pages: LoadedPage[] = [];
const readers: ContentReader[] = [];
afterEach(() => {
  for (const r of readers.splice(0)) r.stop();
  for (const p of pages.splice(0)) p.close();
});

interface Setup {
  world: FakeWorld;
  /** Stands for the content scripts' isolated world of the tab. */
  scope: object;
  doc: Document;
  reader: ContentReader;
}

function start(html: string, options: { storage?: Record<string, unknown>; injectFails?: boolean; scope?: object } = {}): Setup {
  const world = new FakeWorld({ storage: options.storage });
  startBackground(world.platform());
  const scope = options.scope ?? {};
  world.onInject = (_target, files) => {
    if (options.injectFails) throw new Error('Frame with ID 0 was removed.');
    if (files.includes(UI_SCRIPT_FILE)) registerUiFeatures(scope, UI_FEATURES);
  };
  const page = loadHtml(html, URL);
  pages.push(page);
  const tabId = world.openTab(URL).id;
  const platform = world.platform({ tabId });
  const reader = startContent({
    doc: page.document, platform, analyze: analyzeInSteps, features: [cleanMode], loadUi: uiLoader(platform, scope), reanalysis: FAST,
  });
  readers.push(reader);
  return { world, scope, doc: page.document, reader };
}

describe('the UI bundle, loaded where the page needs it', () => {
  it('a transcript: injected once into the reader\'s tab and frame, and its features mount', async () => {
    const { world, doc, reader } = start(hostilePage());
    await reader.ready;
    expect(world.injected).toEqual([{ tabId: 1, frameId: 0, files: [UI_SCRIPT_FILE] }]);
    expect(reader.state().features).toEqual(['clean-mode', 'speaker-tags', 'print', 'outline', 'copy']);
    expect(doc.querySelectorAll(TAG_NAME).length).toBeGreaterThan(0);
    // The core read the page without the speaker kinds; the UI worked them out before mounting.
    const fresh = loadHtml(hostilePage(), URL);
    pages.push(fresh);
    const kinds = reader.model().speakers.map((s) => s.kind);
    expect(kinds).toContain('host');
    expect(kinds).toEqual(analyze(fresh.document).speakers.map((s) => s.kind));
  });

  it('an ordinary article without sections: nothing injected, clean mode only', async () => {
    const { world, doc, reader } = start(PLAIN_PAGE);
    await reader.ready;
    await world.settle();
    expect(world.injected).toEqual([]);
    expect(reader.state()).toMatchObject({ article: true, transcript: false, features: ['clean-mode'] });
    expect(doc.documentElement.hasAttribute(CLEAN_ATTR)).toBe(true);
  });

  it('an article with sections: injected for the section panel', async () => {
    const { world, reader } = start(SECTIONED_PAGE);
    await reader.ready;
    expect(world.injected).toHaveLength(1);
    expect(reader.state().features).toEqual(['clean-mode', 'sections']);
  });

  it('sections with the panel off: not injected until the setting turns it on', async () => {
    const { world, reader } = start(SECTIONED_PAGE, { storage: { outlinePanel: false } });
    await reader.ready;
    await world.settle();
    expect(world.injected).toEqual([]);
    expect(reader.state().features).toEqual(['clean-mode']);
    await world.platform().storage.set({ outlinePanel: true });
    await vi.waitFor(() => expect(reader.state().features).toEqual(['clean-mode', 'sections']));
    expect(world.injected).toHaveLength(1);
  });

  it('the injection fails: the page keeps only clean mode and the reader still answers the popup', async () => {
    const { world, doc, reader } = start(hostilePage(), { injectFails: true });
    await reader.ready;
    expect(world.injected).toHaveLength(1);
    expect(reader.state()).toMatchObject({ transcript: true, features: ['clean-mode'] });
    expect(doc.querySelectorAll(TAG_NAME)).toHaveLength(0);
    // The popup's question goes through the fake browser to the reader, and is answered.
    const answer = await world.platform().tabs.send(1, { type: 'sfr:get-state' });
    expect(answer).toMatchObject({ transcript: true, features: ['clean-mode'] });
  });

  it('a reader taking over in the same world finds the UI there: no second injection', async () => {
    const first = start(hostilePage());
    await first.reader.ready;
    const platform = first.world.platform({ tabId: 1 });
    const second = startContent({
      doc: first.doc, platform, analyze: analyzeInSteps, features: [cleanMode], loadUi: uiLoader(platform, first.scope), reanalysis: FAST,
    });
    readers.push(second);
    await second.ready;
    expect(first.world.injected).toHaveLength(1);
    expect(second.state().features).toEqual(['clean-mode', 'speaker-tags', 'print', 'outline', 'copy']);
    expect(first.reader.state().features).toEqual([]);
  });
});
