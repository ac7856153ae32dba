// The outline panel on a live page: state in, Preact renders it into a shadow root, and every
// effect on the page (scrolling, flashing, dimming, search highlights, keyboard, scroll-spy) is
// applied from here and undone when `ctx.signal` aborts.
import { render } from 'preact';
import type { FeatureContext } from '../content/features';
import { measure } from '../content/perf';
import { documentSource, exportFile, questionQuote, type DocumentSource, type ExportFile } from '../engine/documents';
import { spokenElements } from '../engine/model';
import { groupByRespondent } from '../engine/groups';
import { buildOutline } from '../engine/outline';
import { whoSpoke } from '../engine/who-spoke';
import { langOf } from '../engine/kind-words';
import { copyText, markdownOf, pageUrl } from './copy';
import { createHighlighter, tagOf } from './highlight';
import { LOOK_MESSAGES } from '../look/messages';
import { MESSAGES } from './messages';
import { flash, focusTurn, scrollToElement } from './scroll';
import { findMatches, rangeOf, type Match } from './search';
import { watchNearEnd } from './near-end';
import { mountSkipLink } from './skip';
import { watchReading, type SpyReport } from './spy';
import {
  initialState, lookOf, MORE_ROWS, readingItem, shownFor, stepMatch, stepQuestion, toggled, toggledAll, visibleItems,
  type PanelData, type PanelState,
} from './state';
import { makeRoom } from './room';
import { createPanelHost, frameSettingsActions, NARROW_QUERY, whenIdle, wireReadingKeys, type Scheduler } from './shell';
import { DIM_ATTR, OPEN_ATTR, ROOM_ATTR } from './styles';
import { Panel, type PanelActions } from './view/Panel';

const COPIED_MS = 2000;

type OutlineContext = Pick<FeatureContext, 'doc' | 'model' | 'signal' | 'uiLanguage' | 'settings' | 'saveSettings' | 'onSettings' | 'onCommand'>;

export function mountOutline(ctx: OutlineContext, schedule?: Scheduler): void {
  const { doc, model, signal } = ctx;
  const win = doc.defaultView!;
  const lang = langOf(ctx.uiLanguage);
  const t = MESSAGES[lang];
  const items = buildOutline(model);
  let figures: ReturnType<typeof whoSpoke> | undefined;
  const data: PanelData = {
    title: model.title, items, speakers: model.speakers, questions: model.questions.length,
    groups: groupByRespondent(items, model), whoSpoke: () => (figures ??= whoSpoke(model)),
  };
  const spoken = model.turns.map(spokenElements);
  const anchorOf = (turn: number) => spoken[turn]![0] as HTMLElement;

  const { host, shadow, container } = createPanelHost(doc, lang);

  const narrowQuery = win.matchMedia(NARROW_QUERY);
  let state: PanelState = initialState(narrowQuery.matches, ctx.settings().outlineCollapsed, ctx.settings().cleanMode, lookOf(ctx.settings()));
  let matches: Match[] = [];
  let spy: SpyReport = { above: [], atBottom: false };
  // After a jump the highlight stays on the item jumped to until the reader scrolls.
  let pinned = false;
  let jumps = 0;
  const highlighter = createHighlighter(doc);
  const undoLater = new Set<() => void>();
  // Scrolling the list near its end builds more of a long outline (showMore, below).
  const nearEnd = watchNearEnd(() => showMore(false));

  const update = (patch: Partial<PanelState>) => {
    const before = state;
    state = { ...state, ...patch };
    // Rows built for the item being read stay built when the reader goes back.
    if (state.active !== before.active) state.shown = shownFor(visibleItems(items, state.filter), state.shown, state.active);
    render(<Panel data={data} state={state} lang={lang} t={t} lookT={LOOK_MESSAGES[lang]} on={actions} />, container);
    doc.documentElement.toggleAttribute(OPEN_ATTR, state.open && !state.narrow);
    if (!state.open || state.narrow) doc.documentElement.removeAttribute(ROOM_ATTR);
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
      nearEnd.scrollingTo(list.scrollTop);
    }
  };

  // Clean mode off: the open side panel never lies over the article's text. It makes room, or,
  // when there is none, folds (`mayFold`: on its own, at start; not the reader's opening it).
  let autoFolded = false;
  const fit = (mayFold: boolean) => {
    if (state.narrow || !state.open || state.clean || !model.body) return doc.documentElement.removeAttribute(ROOM_ATTR);
    if (makeRoom(doc, model.body) || !mayFold) return;
    autoFolded = true;
    update({ open: false });
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
    // Above the phone's sheet (the lower half), else a third of the way down, as find bars do.
    const fraction = state.narrow && state.open ? 0.12 : 1 / 3;
    scrollToElement(target, { signal, ignore: host, fraction, rect: range ? () => range.getBoundingClientRect() : undefined });
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

  // What the documents (copy, quote, export) are made from: read from the page on first use.
  let docSource: DocumentSource | null = null;
  const source = () => (docSource ??= documentSource(doc, model, pageUrl(doc)));

  let copiedTimer = 0;
  const copyReported = (key: string, text: string) =>
    void copyText(doc, text, shadow).then((ok) => {
      if (signal.aborted) return;
      update({ copied: { key, ok } });
      win.clearTimeout(copiedTimer);
      copiedTimer = win.setTimeout(() => update({ copied: null }), COPIED_MS);
    });

  // A file the browser downloads: a link of ours, clicked and gone (in our element's light DOM:
  // Chromium ignores the download name of a link inside a shadow root).
  const download = (file: ExportFile) => {
    const bytes = new win.TextEncoder().encode(file.content);
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    const link = doc.createElement('a');
    link.href = `data:${file.type.replace(/;.*/, '')};charset=utf-8;base64,${win.btoa(binary)}`;
    link.download = file.name;
    host.append(link);
    link.click();
    link.remove();
  };

  // More rows of a long outline. From its button, or with the button focused (focusing it scrolls
  // the list there, which builds them, and may take the button away), the keyboard's focus goes
  // to the first new row.
  const showMore = (clicked: boolean) => {
    const visible = visibleItems(items, state.filter);
    const from = Math.min(visible.length, state.shown);
    if (from >= visible.length) return;
    const focusFirst = clicked || !!shadow.activeElement?.classList.contains('show-more');
    update({ shown: from + MORE_ROWS });
    if (focusFirst) shadow.querySelector<HTMLElement>(`.go[data-item="${visible[from]}"]`)?.focus({ preventScroll: true });
  };

  const actions: PanelActions = {
    ...frameSettingsActions(ctx, () => state, update),
    go,
    setOpen(open) {
      autoFolded = false;
      update({ open });
      fit(false);
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
    toggleSpeaker: (id) => applyFilter(toggled(state.filter, id)),
    toggleSpeakers: (ids) => applyFilter(toggledAll(state.filter, ids)),
    clearFilter: () => applyFilter([]),
    unfoldFilter: (open) => {
      if (open !== state.filterOpen) update({ filterOpen: open });
    },
    unfoldWhoSpoke: (open) => {
      if (open !== state.whoSpokeOpen) update({ whoSpokeOpen: open });
    },
    copy(index) {
      const item = index === null ? null : items[index] ?? null;
      copyReported(item ? String(item.number) : 'all', markdownOf(source(), item, lang));
    },
    quote(index) {
      const item = items[index];
      if (item?.kind === 'question') copyReported(`q${item.number}`, questionQuote(source(), item.number - 1, lang));
    },
    exportAs: (format) => download(exportFile(model, source(), format, lang)),
    showMore: () => showMore(true),
    nearEnd: nearEnd.ref,
  };

  const panelHasFocus = () => shadow.activeElement !== null;
  /** Opens the panel if needed and puts focus on `selector` inside it (the reading item, search). */
  const focusInside = (selector: string) => {
    if (!state.open) actions.setOpen(true);
    shadow.querySelector<HTMLElement>(selector)?.focus({ preventScroll: true });
  };
  mountSkipLink(doc, t.skipToOutline, () => focusInside('.go[aria-current], .go'), signal);

  const stepQuestionBy = (dir: 1 | -1) => {
    const next = stepQuestion(items, visibleItems(items, state.filter), state.active, dir);
    if (next >= 0) go(next);
  };
  const closeSheet = () => {
    if (!state.narrow || !state.open) return false;
    actions.setOpen(false);
    return true;
  };
  wireReadingKeys(ctx, host, {
    step: stepQuestionBy,
    // An open panel the reader is not in gets the focus: folding it is one more press.
    toggle: () => (state.open && !panelHasFocus() ? focusToggled() : actions.setOpen(!state.open)),
    escape: closeSheet,
    search: () => focusInside('.query'),
  });

  // Folding remembered in another tab (or the popup) applies here too.
  // (Only a change of the setting: a panel folded for want of room stays folded.)
  let collapsed = ctx.settings().outlineCollapsed;
  ctx.onSettings((settings) => {
    if (!state.narrow && settings.outlineCollapsed !== collapsed && settings.outlineCollapsed === state.open) {
      autoFolded = false;
      update({ open: !settings.outlineCollapsed });
      fit(false);
    }
    collapsed = settings.outlineCollapsed;
    if (settings.cleanMode !== state.clean) {
      // Clean mode sets the column beside the panel: a panel folded for want of room comes back.
      update(autoFolded && settings.cleanMode ? { clean: true, open: true } : { clean: settings.cleanMode });
      if (settings.cleanMode) autoFolded = false;
      fit(true);
    }
    const look = lookOf(settings);
    if (JSON.stringify(look) !== JSON.stringify(state.look)) update({ look });
  });

  narrowQuery.addEventListener('change', () => {
    update({ narrow: narrowQuery.matches, open: !narrowQuery.matches && !ctx.settings().outlineCollapsed });
    fit(true);
  }, { signal });
  // The phone's button slides away while the reader scrolls down, and back on scrolling up.
  // (Where it starts is read once the first render is painted: scrollY at mount or in the render
  // would force a layout of the whole page mid-load, some 10 ms on t00.)
  let lastY: number | null = null;
  win.addEventListener('scroll', () => {
    const y = win.scrollY;
    lastY ??= y;
    if (Math.abs(y - lastY) < 8) return;
    container.classList.toggle('reading', y > lastY);
    lastY = y;
  }, { passive: true, signal });
  let refit = 0;
  win.addEventListener('resize', () => {
    win.cancelAnimationFrame(refit);
    refit = win.requestAnimationFrame(() => fit(false));
  }, { passive: true, signal });

  (schedule ?? whenIdle(win, signal))(() => measure('sfr:outline:render', () => {
    if (signal.aborted) return;
    update({});
    fit(true);
    win.requestAnimationFrame(() => win.setTimeout(() => {
      if (!signal.aborted) lastY ??= win.scrollY;
    }));
    const lastTurn = spoken[spoken.length - 1];
    watchReading(win, items.map((item) => anchorOf(item.turn)), lastTurn?.[lastTurn.length - 1] ?? null, (report) => {
      spy = report;
      fromSpy();
    }, signal);
  }));

  signal.addEventListener('abort', () => {
    win.clearTimeout(copiedTimer);
    nearEnd.stop();
    highlighter.clear();
    for (const undo of undoLater) undo();
    for (const el of dimmed) el.removeAttribute(DIM_ATTR);
    render(null, container);
    host.remove();
    win.cancelAnimationFrame(refit);
    doc.documentElement.removeAttribute(OPEN_ATTR);
    doc.documentElement.removeAttribute(ROOM_ATTR);
  }, { once: true });
}
