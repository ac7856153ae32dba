// One language for the popup and the panel, the browser's UI language (issue 15), in a real
// browser (SFR_BROWSER) started in Chinese (the harness's default) and in English. The two take
// their words from different places: the popup from chrome.i18n's _locales, the panel (which
// lives in the page) from its own tables, chosen by i18n.getUILanguage(). A browser that reports
// one language and serves the messages of another (Debian's Chromium without chromium-l10n:
// getUILanguage() `zh-CN`, messages English) would show the two in different languages.
import { describe, expect, test } from 'vitest';
import { browserUnderTest, localeMessages, readerSession } from './harness';

const NAME = browserUnderTest();
const T00 = 't00-miit-h1-2021-press-conference';

const LANGUAGES = [
  // The words as the panel shows them on t00 (its landmark, the search field, a button).
  { locale: 'zh_CN', lang: 'zh', panel: '实录目录', searchHint: '搜索文字或发言人', cleanMode: '清爽阅读' },
  { locale: 'en', lang: 'en', panel: 'Transcript outline', searchHint: 'Words or speaker', cleanMode: 'Clean reading' },
] as const;

describe.each(LANGUAGES)(`${NAME} with the $locale UI`, ({ locale, lang, panel, searchHint, cleanMode }) => {
  const session = readerSession({ locale });
  const t = localeMessages(locale);

  test('the extension is told the language and has its messages', async () => {
    const seen = await session.browser.inExtension(() => {
      const api = (globalThis as any).browser ?? (globalThis as any).chrome;
      return { ui: api.i18n.getUILanguage() as string, messages: api.i18n.getMessage('uiLang') as string };
    });
    expect(seen.ui.split('-')[0]).toBe(lang);
    expect(seen.messages).toBe(lang);
  });

  test('the popup and the panel on a transcript speak it', async () => {
    const page = await session.openPage(session.corpus.composed.get(T00)!.url);
    const words = await page.evaluate(() => {
      const root = document.querySelector('sfr-outline')!.shadowRoot!.querySelector<HTMLElement>('.root')!;
      return {
        lang: root.lang.split('-')[0],
        landmark: root.querySelector('nav')?.getAttribute('aria-label'),
        searchHint: root.querySelector<HTMLInputElement>('input.query')?.placeholder,
        cleanMode: root.querySelector('button.clean')?.textContent?.trim(),
      };
    });
    expect(words).toEqual({ lang, landmark: panel, searchHint, cleanMode });

    const popup = await session.popupFor(page);
    const popupWords = await popup.evaluate(() => ({
      lang: document.documentElement.lang.split('-')[0],
      title: document.title,
      state: document.querySelector('.page-state')?.textContent,
      cleanMode: document.querySelector('#setting-cleanMode + label .switch-label')?.textContent,
    }));
    expect(popupWords).toEqual({
      lang,
      title: t('extName'),
      state: t('stateTranscript', '10'),
      cleanMode: t('settingCleanMode'),
    });
  });
});
