// The outline panel on a live page: state in, Preact renders it into a shadow root, and every
// effect on the page (scrolling, flashing, dimming, search highlights, keyboard, scroll-spy) is
// applied from here and undone when `ctx.signal` aborts.
import { render } from 'preact';
import type { FeatureContext } from '../content/features';
import { measure } from '../content/perf';
import { spokenElements } from '../engine/model';
import { buildOutline } from '../engine/outline';
import { langOf } from '../tags/speaker-view';
import { copyText, markdownOf, pageUrl } from './copy';
import { createHighlighter, tagOf } from './highlight';
import { readingKey } from './keys';
import { LOOK_MESSAGES } from '../look/messages';
import { hidingOn } from './hide';
import { MESSAGES } from './messages';
import { flash, focusTurn, scrollToElement } from './scroll';
import { findMatches, rangeOf, type Match } from './search';
import { watchReading, type SpyReport } from './spy';
import {
  initialState, lookOf, readingItem, stepMatch, stepQuestion, toggled, visibleItems, type PanelData, type PanelState,
} from './state';
import { DIM_ATTR, OPEN_ATTR, PANEL_CSS } from './styles';
import { Panel, type PanelActions } from './view/Panel';

export const HOST_NAME = 'sfr-outline';
/** Below this width (the mobile site) the panel is a button that opens a bottom sheet. */
export const NARROW_QUERY = '(max-width: 899px)';
const COPIED_MS = 2000;

type OutlineContext = Pick<FeatureContext, 'doc' | 'model' | 'signal' | 'settings' | 'saveSettings' | 'onSettings' | 'onCommand'>;

/** Runs work in a later task when the page is idle: the panel's first render is not in the
 *  page's load path (Firefox's content-script DOM calls are slow enough to make it a long task). */
export type Scheduler = (work: () => void) => void;

/** Idle-time scheduling that is cancelled when `signal` aborts: a panel undone before its first
 *  render leaves no callback behind holding it. */
export function whenIdle(win: Window, signal: AbortSignal): Scheduler {
  type IdleWindow = Window & {
    requestIdleCallback?: (fn: () => void, o: { timeout: number }) => number;
    cancelIdleCallback?: (handle: number) => void;
  };
  const w = win as IdleWindow;
  return (work) => {
    if (w.requestIdleCallback && w.cancelIdleCallback) {
      const handle = w.requestIdleCallback(work, { timeout: 300 });
      signal.addEventListener('abort', () => w.cancelIdleCallback!(handle), { once: true });
    } else {
      const handle = win.setTimeout(work, 0);
      signal.addEventListener('abort', () => win.clearTimeout(handle), { once: true });
    }
  };
}

export function mountOutline(ctx: OutlineContext, schedule?: Scheduler): void {
  const { doc, model, signal } = ctx;
  const win = doc.defaultView!;
  const lang = langOf(win.navigator.language);
  const t = MESSAGES[lang];
  const items = buildOutline(model);
  const data: PanelData = { title: model.title, items, speakers: model.speakers, questions: model.questions.length };
  const spoken = model.turns.map(spokenElements);
  const anchorOf = (turn: number) => spoken[turn]![0] as HTMLElement;

  // Our element sits outside <body>, so the article's DOM and text are untouched.
  const host = doc.createElement(HOST_NAME);
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = doc.createElement('style');
  sheet.textContent = PANEL_CSS;
  const container = doc.createElement('div');
  container.className = 'root';
  shadow.append(sheet, container);
  doc.documentElement.append(host);

  const narrowQuery = win.matchMedia(NARROW_QUERY);
  let state: PanelState = initialState(narrowQuery.matches, ctx.settings().outlineCollapsed, ctx.settings().cleanMode, lookOf(ctx.settings()));
  let matches: Match[] = [];
  let spy: SpyReport = { above: [], atBottom: false };
  // After a jump the highlight stays on the item jumped to until the reader scrolls.
  let pinned = false;
  let jumps = 0;
  const highlighter = createHighlighter(doc);
  const undoLater = new Set<() => void>();

  const update = (patch: Partial<PanelState>) => {
    const before = state;
    state = { ...state, ...patch };
    render(<Panel data={data} state={state} lang={lang} t={t} lookT={LOOK_MESSAGES[lang]} on={actions} />, container);
    doc.documentElement.toggleAttribute(OPEN_ATTR, state.open && !state.narrow);
    if (state.active !== before.active) keepActiveInView();
  };

  // The highlighted item stays visible in the panel's own list (one read, one write).
  const keepActiveInView = () => {
    const list = shadow.querySelector<HTMLElement>('.items');
    const row = shadow.querySelector<HTMLElement>('.go[aria-current]');
    if (!list || !row) return;
    const top = row.offsetTop - list.offsetTop;
    if (top < list.scrollTop || top + row.offsetHeight > list.scrollTop + list.clientHeight) {
      list.scrollTop = Math.max(0, top - list.clientHeight / 3);
    }
  };

  // After the reader opened or closed the panel: focus goes into it, or back to its tab.
  const focusToggled = () => shadow.querySelector<HTMLElement>(state.open ? '.panel' : '.tab,.fab')?.focus({ preventScroll: true });

  const fromSpy = () => {
    if (pinned) return;
    const active = readingItem(visibleItems(items, state.filter), spy.above, spy.atBottom);
    if (active !== state.active) update({ active });
  };

  const remember = (undo: () => void) => {
    undoLater.add(undo);
    return undo;
  };

  const go = (index: number) => {
    const item = items[index];
    if (!item) return;
    if (state.narrow && state.open) update({ open: false });
    // The highlight follows the jump, not the pages scrolled past on the way (nor a short item's
    // successor that also ends up above the reading line).
    pinned = true;
    const jump = ++jumps;
    update({ active: index });
    const anchor = anchorOf(item.turn);
    const unpin = () => {
      if (jump !== jumps) return;
      pinned = false;
      fromSpy();
    };
    scrollToElement(anchor, {
      signal,
      ignore: host,
      done: () => win.addEventListener('scroll', unpin, { once: true, passive: true, signal }),
    });
    const unflash = remember(flash(spoken[item.turn]!));
    win.setTimeout(() => undoLater.delete(unflash), 1500);
    const unfocus = remember(focusTurn(anchor));
    anchor.addEventListener('blur', () => undoLater.delete(unfocus), { once: true, signal });
  };

  const revealMatch = (index: number) => {
    const match = matches[index];
    if (!match) return;
    const target = match.el ?? tagOf(doc, match.turn) ?? anchorOf(match.turn);
    const range = match.el ? rangeOf(match) : null;
    scrollToElement(target, { signal, ignore: host, fraction: 1 / 3, rect: range ? () => range.getBoundingClientRect() : undefined });
  };

  const search = (query: string) => {
    matches = findMatches(model, query);
    highlighter.set(matches);
    // Start from the part being read, as a browser's find bar does.
    const from = items[state.active]?.turn ?? 0;
    const first = matches.length ? Math.max(0, matches.findIndex((m) => m.turn >= from)) : -1;
    highlighter.current(first);
    update({ query, total: matches.length, current: first });
    revealMatch(first);
  };

  const dimmed = new Set<Element>();
  const applyFilter = (filter: string[]) => {
    const keep = new Set(filter);
    model.turns.forEach((turn, i) => {
      const dim = keep.size > 0 && !keep.has(turn.speaker);
      for (const el of spoken[i]!) {
        if (dim === dimmed.has(el)) continue;
        el.toggleAttribute(DIM_ATTR, dim);
        if (dim) dimmed.add(el);
        else dimmed.delete(el);
      }
    });
    update({ filter });
    fromSpy();
  };

  let copiedTimer = 0;
  const actions: PanelActions = {
    go,
    setOpen(open) {
      update({ open });
      focusToggled();
      if (!state.narrow) void ctx.saveSettings({ outlineCollapsed: !open }).catch(() => {});
    },
    search,
    step(dir) {
      const current = stepMatch(state.current, state.total, dir);
      highlighter.current(current);
      update({ current });
      revealMatch(current);
    },
    // The setting reaches every Sina tab; this panel follows through onSettings below.
    toggleClean: () => void ctx.saveSettings({ cleanMode: !state.clean }).catch(() => {}),
    toggleSpeaker: (id) => applyFilter(toggled(state.filter, id)),
    clearFilter: () => applyFilter([]),
    unfoldFilter: (open) => {
      if (open !== state.filterOpen) update({ filterOpen: open });
    },
    toggleMenu: () => update({ menuOpen: !state.menuOpen }),
    // Every tab follows through the settings; this panel shows the choice at once.
    setLook(patch) {
      update({ look: { ...state.look, ...patch } });
      void ctx.saveSettings(patch).catch(() => {});
    },
    // The panel goes when the setting comes back (the feature is disabled for this page).
    hide(scope) {
      const patch = scope === 'everywhere' ? { outlinePanel: false } : { hiddenPanels: hidingOn(ctx.settings().hiddenPanels, doc.URL) };
      void ctx.saveSettings(patch).catch(() => {});
    },
    copy(index) {
      const item = index === null ? null : items[index] ?? null;
      const key = item ? String(item.number) : 'all';
      void copyText(doc, markdownOf(model, item, pageUrl(doc)), shadow).then((ok) => {
        if (signal.aborted) return;
        update({ copied: { key, ok } });
        win.clearTimeout(copiedTimer);
        copiedTimer = win.setTimeout(() => update({ copied: null }), COPIED_MS);
      });
    },
  };

  const stepQuestionBy = (dir: 1 | -1) => {
    const next = stepQuestion(items, visibleItems(items, state.filter), state.active, dir);
    if (next >= 0) go(next);
  };

  doc.addEventListener('keydown', (e) => {
    if (e.composedPath().includes(host)) {
      // Keys typed in the panel: only the reading keys (the panel handles Esc itself).
      const dir = readingKey(e);
      if (dir) {
        e.preventDefault();
        stepQuestionBy(dir);
      }
      return;
    }
    if (e.key === 'Escape' && state.narrow && state.open) return actions.setOpen(false);
    const dir = readingKey(e);
    if (!dir) return;
    e.preventDefault();
    stepQuestionBy(dir);
  }, { signal });

  ctx.onCommand((command) => {
    if (command === 'next-question' || command === 'previous-question') {
      stepQuestionBy(command === 'next-question' ? 1 : -1);
      return true;
    }
    if (command === 'toggle-outline') {
      actions.setOpen(!state.open);
      return true;
    }
    return false;
  });

  // Folding remembered in another tab (or the popup) applies here too.
  ctx.onSettings((settings) => {
    if (!state.narrow && settings.outlineCollapsed === state.open) update({ open: !settings.outlineCollapsed });
    if (settings.cleanMode !== state.clean) update({ clean: settings.cleanMode });
    const look = lookOf(settings);
    if (JSON.stringify(look) !== JSON.stringify(state.look)) update({ look });
  });

  narrowQuery.addEventListener('change', () => {
    update({ narrow: narrowQuery.matches, open: !narrowQuery.matches && !ctx.settings().outlineCollapsed });
  }, { signal });

  (schedule ?? whenIdle(win, signal))(() => measure('sfr:outline:render', () => {
    if (signal.aborted) return;
    update({});
    const lastTurn = spoken[spoken.length - 1];
    watchReading(win, items.map((item) => anchorOf(item.turn)), lastTurn?.[lastTurn.length - 1] ?? null, (report) => {
      spy = report;
      fromSpy();
    }, signal);
  }));

  signal.addEventListener('abort', () => {
    win.clearTimeout(copiedTimer);
    highlighter.clear();
    for (const undo of undoLater) undo();
    for (const el of dimmed) el.removeAttribute(DIM_ATTR);
    render(null, container);
    host.remove();
    doc.documentElement.removeAttribute(OPEN_ATTR);
  }, { once: true });
}
