// The section panel on an ordinary article (issue 16): the article's headings in the outline's
// frame, with jump, scroll-spy, j / k (and the next/previous commands) to the next and previous
// section, the look menu and hiding. Everything it does to the page is undone on abort.
import { render } from 'preact';
import type { FeatureContext } from '../content/features';
import { measure } from '../content/perf';
import type { Section } from '../engine/sections';
import { LOOK_MESSAGES } from '../look/messages';
import { langOf } from '../engine/kind-words';
import { MESSAGES } from './messages';
import { flash, focusTurn, scrollToElement } from './scroll';
import { SECTION_MESSAGES } from './section-messages';
import { createPanelHost, frameSettingsActions, NARROW_QUERY, whenIdle, wireReadingKeys, type Scheduler } from './shell';
import { watchReading, type SpyReport } from './spy';
import { initialState, lookOf, readingItem, type PanelState } from './state';
import { OPEN_ATTR } from './styles';
import { SectionsPanel, type SectionsPanelActions } from './view/SectionsPanel';

type SectionsContext = Pick<FeatureContext, 'doc' | 'model' | 'signal' | 'uiLanguage' | 'settings' | 'saveSettings' | 'onSettings' | 'onCommand'>;

/** The section after (dir 1) or before (dir -1) `from`; -1 when there is none. */
export function stepSection(count: number, from: number, dir: 1 | -1): number {
  const next = from + dir;
  return next >= 0 && next < count ? next : -1;
}

export function mountSections(ctx: SectionsContext, sections: readonly Section[], schedule?: Scheduler): void {
  const { doc, model, signal } = ctx;
  const win = doc.defaultView!;
  const lang = langOf(ctx.uiLanguage);
  const t = MESSAGES[lang];
  const titles = sections.map((s) => s.title);
  const all = sections.map((_, i) => i);

  const { host, shadow, container } = createPanelHost(doc, lang);

  const narrowQuery = win.matchMedia(NARROW_QUERY);
  const settings = ctx.settings();
  let state: PanelState = initialState(narrowQuery.matches, settings.outlineCollapsed, settings.cleanMode, lookOf(settings));
  let spy: SpyReport = { above: [], atBottom: false };
  let pinned = false;
  let jumps = 0;
  const undoLater = new Set<() => void>();

  const update = (patch: Partial<PanelState>) => {
    state = { ...state, ...patch };
    render(<SectionsPanel title={model.title} sections={titles} state={state} t={t} st={SECTION_MESSAGES[lang]}
      lookT={LOOK_MESSAGES[lang]} on={actions} />, container);
    doc.documentElement.toggleAttribute(OPEN_ATTR, state.open && !state.narrow);
  };

  const fromSpy = () => {
    if (pinned) return;
    const active = readingItem(all, spy.above, spy.atBottom);
    if (active !== state.active) update({ active });
  };

  const go = (index: number) => {
    const section = sections[index];
    if (!section) return;
    if (state.narrow && state.open) update({ open: false });
    // The highlight follows the jump, not the sections scrolled past on the way.
    pinned = true;
    const jump = ++jumps;
    update({ active: index });
    const el = section.el as HTMLElement;
    scrollToElement(el, {
      signal,
      ignore: host,
      done: () => win.addEventListener('scroll', () => {
        if (jump !== jumps) return;
        pinned = false;
        fromSpy();
      }, { once: true, passive: true, signal }),
    });
    const unflash = flash([el]);
    undoLater.add(unflash);
    win.setTimeout(() => undoLater.delete(unflash), 1500);
    const unfocus = focusTurn(el);
    undoLater.add(unfocus);
    el.addEventListener('blur', () => undoLater.delete(unfocus), { once: true, signal });
  };

  const actions: SectionsPanelActions = {
    ...frameSettingsActions(ctx, () => state, update),
    go,
    setOpen(open) {
      update({ open });
      shadow.querySelector<HTMLElement>(open ? '.panel' : '.tab,.fab')?.focus({ preventScroll: true });
      if (!state.narrow) void ctx.saveSettings({ outlineCollapsed: !open }).catch(() => {});
    },
  };

  const step = (dir: 1 | -1) => {
    // Before the first heading, "next" is the first section.
    const next = state.active < 0 && dir === 1 ? 0 : stepSection(sections.length, state.active, dir);
    if (next >= 0) go(next);
  };

  wireReadingKeys(ctx, host, {
    step,
    toggle: () => actions.setOpen(!state.open),
    escape: () => {
      if (!state.narrow || !state.open) return false;
      actions.setOpen(false);
      return true;
    },
  });

  ctx.onSettings((next) => {
    if (!state.narrow && next.outlineCollapsed === state.open) update({ open: !next.outlineCollapsed });
    if (next.cleanMode !== state.clean) update({ clean: next.cleanMode });
    const look = lookOf(next);
    if (JSON.stringify(look) !== JSON.stringify(state.look)) update({ look });
  });

  narrowQuery.addEventListener('change', () => {
    update({ narrow: narrowQuery.matches, open: !narrowQuery.matches && !ctx.settings().outlineCollapsed });
  }, { signal });

  (schedule ?? whenIdle(win, signal))(() => measure('sfr:outline:render', () => {
    if (signal.aborted) return;
    update({});
    const paragraphs = model.body?.querySelectorAll('p');
    const end = paragraphs && paragraphs.length > 0 ? paragraphs[paragraphs.length - 1]! : null;
    watchReading(win, sections.map((s) => s.el), end, (report) => {
      spy = report;
      fromSpy();
    }, signal);
  }));

  signal.addEventListener('abort', () => {
    for (const undo of undoLater) undo();
    render(null, container);
    host.remove();
    doc.documentElement.removeAttribute(OPEN_ATTR);
  }, { once: true });
}
