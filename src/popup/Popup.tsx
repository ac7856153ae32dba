import { useEffect, useState } from 'preact/hooks';
import type { WhyNot } from '../engine/model';
import { SINA_FINANCE_MATCHES } from '../platform/hosts';
import type { PageState } from '../platform/messages';
import type { CommandInfo, Platform, TabInfo } from '../platform/types';
import { LookControls } from '../look/Controls';
import { LOOK_CSS } from '../look/controls-css';
import { LOOK_MESSAGES } from '../look/messages';
import { panelHiddenOn, showingOn } from '../outline/hide';
import { langOf } from '../engine/kind-words';
import type { Settings, SwitchKey } from '../settings/schema';
import { loadSettings, saveSettings, watchSettings } from '../settings/store';
import { SiteNotice, SiteSettings } from './HostAccess';
import { resolvePageState, type PopupPageState } from './page-state';
import { Switch } from './Switch';

export interface PopupProps {
  platform: Platform;
  /** Looks up the tab to report on (the active tab, or `?tab=ID`); asked again after access is
   *  granted, since the tab's URL only becomes visible then. */
  getTab(): Promise<TabInfo | undefined>;
  /** Passed to resolvePageState; tests shorten the wait for a starting content script. */
  retryDelayMs?: number;
}

const SWITCHES: Array<{ name: SwitchKey; label: string; hint: string }> = [
  { name: 'cleanMode', label: 'settingCleanMode', hint: 'settingCleanModeHint' },
  { name: 'outlinePanel', label: 'settingOutlinePanel', hint: 'settingOutlinePanelHint' },
  { name: 'speakerTags', label: 'settingSpeakerTags', hint: 'settingSpeakerTagsHint' },
];

const COMMAND_LABELS: Record<string, string> = {
  'toggle-clean-mode': 'cmdToggleCleanMode',
  'toggle-outline': 'cmdToggleOutline',
  'next-question': 'cmdNextQuestion',
  'previous-question': 'cmdPreviousQuestion',
  'copy-quote': 'cmdCopyQuote',
};

/** The popup's words for each reason a page is not a transcript (the engine's codes). */
const WHY_NOT_TEXT: Record<WhyNot, string> = {
  'no-body': 'whyNoBody',
  'no-labels': 'whyNoLabels',
  'one-speaker': 'whyOneSpeaker',
  'no-answerer': 'whyNoAnswerer',
  'few-answers': 'whyFewAnswers',
  'no-recurrence': 'whyNoRecurrence',
  unframed: 'whyUnframed',
  unreadable: 'whyUnreadable',
};

/** Message keys for the reasons the content script gave; codes it does not know are left out. */
function whyNotKeys(page: PageState): string[] {
  const codes: unknown[] = Array.isArray(page.whyNot) ? page.whyNot : [];
  return codes.flatMap((code) => (typeof code === 'string' && Object.hasOwn(WHY_NOT_TEXT, code) ? [WHY_NOT_TEXT[code as WhyNot]] : []));
}

export function stateText(t: Platform['i18n']['message'], state: PopupPageState): string {
  switch (state.kind) {
    case 'loading': return t('stateLoading');
    case 'transcript':
      return state.page.questions === 1 ? t('stateTranscriptOne') : t('stateTranscript', String(state.page.questions));
    case 'not-transcript': return t('stateNotTranscript');
    case 'reload': return t('stateReload');
    case 'no-access': return t('stateNoAccess');
    case 'not-enabled': return t('stateNotEnabled');
    case 'reload-site': return t('stateReloadSite');
    case 'not-sina': return t('stateNotSina');
  }
}

export function Popup({ platform, getTab, retryDelayMs }: PopupProps) {
  const t = platform.i18n.message;
  const [settings, setSettings] = useState<Settings | null>(null);
  const [access, setAccess] = useState<boolean | null>(null);
  const [denied, setDenied] = useState(false);
  const [page, setPage] = useState<PopupPageState>({ kind: 'loading' });
  const [commands, setCommands] = useState<CommandInfo[]>([]);
  const [tabUrl, setTabUrl] = useState('');
  // Bumped after access is granted, to ask the tab again.
  const [probe, setProbe] = useState(0);

  useEffect(() => {
    let stop = () => {};
    let live = true;
    void loadSettings(platform).then((initial) => {
      if (!live) return;
      setSettings(initial);
      // A keyboard command or another window can change a setting while the popup is open.
      stop = watchSettings(platform, initial, (next) => setSettings(next));
    });
    platform.commands.all().then(setCommands, () => setCommands([]));
    return () => {
      live = false;
      stop();
    };
  }, [platform]);

  useEffect(() => {
    let live = true;
    void (async () => {
      const hasAccess = await platform.permissions.contains(SINA_FINANCE_MATCHES).catch(() => false);
      if (!live) return;
      setAccess(hasAccess);
      const tab = await getTab();
      if (live) setTabUrl(tab?.url ?? '');
      const state = await resolvePageState(platform, tab, { hasAccess, retryDelayMs });
      if (live) setPage(state);
    })();
    return () => {
      live = false;
    };
  }, [platform, getTab, probe]);

  const save = (patch: Partial<Settings>) => {
    // Shown at once; the watcher confirms. A failed write puts the control back to what is stored.
    setSettings((current) => (current ? { ...current, ...patch } : current));
    saveSettings(platform, patch).catch(() => loadSettings(platform).then(setSettings));
  };
  const change = (name: SwitchKey, checked: boolean) => save({ [name]: checked });
  // In the language of the popup's own messages, whatever the browser reports.
  const look = LOOK_MESSAGES[langOf(t('uiLang'))];

  const grant = () => {
    // Called straight from the click: Firefox only shows the prompt during a user action.
    platform.permissions.request(SINA_FINANCE_MATCHES).then(
      (granted) => {
        setDenied(!granted);
        if (granted) {
          setAccess(true);
          setProbe((n) => n + 1);
        }
      },
      () => setDenied(true),
    );
  };

  const reprobe = () => setProbe((n) => n + 1);
  const reasons = page.kind === 'not-transcript' ? whyNotKeys(page.page) : [];
  // In our order, whatever order the browser lists them in.
  const shortcuts = Object.keys(COMMAND_LABELS).flatMap((name) => commands.filter((c) => c.name === name));

  return (
    <main class="popup">
      <header class="popup-header">
        <img src="/icons/icon-32.png" width={24} height={24} alt="" />
        <h1>{t('extName')}</h1>
      </header>

      {access === false && (
        <section class="access" role="alert">
          <p>{t('permissionMissing')}</p>
          <button type="button" class="grant" onClick={grant}>{t('permissionGrant')}</button>
          {denied && <p class="denied">{t('permissionDenied')}</p>}
        </section>
      )}

      <section class="page" aria-labelledby="page-heading">
        <h2 id="page-heading">{t('popupPageHeading')}</h2>
        <p class="page-state" data-state={page.kind} aria-live="polite">{stateText(t, page)}</p>
        {settings && tabUrl && panelHiddenOn(settings, tabUrl) && (
          <p class="hidden-here">
            {look.hiddenHere}{' '}
            <button type="button" class="link show-here" onClick={() => save({ hiddenPanels: showingOn(settings.hiddenPanels, tabUrl) })}>
              {look.showHere}
            </button>
          </p>
        )}
        {reasons.length > 0 && (
          <ul class="reasons">
            {reasons.map((key) => <li key={key}>{t(key)}</li>)}
          </ul>
        )}
      </section>

      <SiteNotice platform={platform} getTab={getTab} onChange={reprobe} />

      <section class="settings" aria-labelledby="settings-heading">
        <h2 id="settings-heading">{t('popupSettingsHeading')}</h2>
        {SWITCHES.map(({ name, label, hint }) => (
          <Switch
            key={name}
            name={name}
            label={t(label)}
            hint={t(hint)}
            checked={settings?.[name] ?? false}
            disabled={settings === null}
            onChange={change}
          />
        ))}
      </section>

      <SiteSettings platform={platform} getTab={getTab} onChange={reprobe} />

      <section class="reading" aria-labelledby="reading-heading">
        <style>{LOOK_CSS}</style>
        <h2 id="reading-heading">{look.heading}</h2>
        <LookControls settings={settings} t={look} change={save} idPrefix="popup" />
        <p class="look-hint">{look.hint}</p>
      </section>

      {shortcuts.length > 0 && (
        <section class="shortcuts" aria-labelledby="shortcuts-heading">
          <h2 id="shortcuts-heading">{t('popupShortcutsHeading')}</h2>
          <dl>
            {shortcuts.map((c) => (
              <div key={c.name}>
                <dt>{t(COMMAND_LABELS[c.name])}</dt>
                <dd>{c.shortcut ? <kbd>{c.shortcut}</kbd> : t('shortcutNotSet')}</dd>
              </div>
            ))}
          </dl>
          <button type="button" class="link" onClick={() => void platform.commands.openSettings()}>
            {t('popupShortcutsChange')}
          </button>
        </section>
      )}
    </main>
  );
}
