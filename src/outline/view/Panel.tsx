// The whole panel as a function of its state: a side panel (wide screens) or a bottom sheet
// (narrow), or, when closed, the slim tab / the button that opens it. Pure: no page access here.
import type { Lang } from '../../engine/kind-words';
import type { Messages } from '../messages';
import { visibleItems, type PanelData, type PanelState } from '../state';
import type { ExportFormat } from '../../engine/documents';
import { ExportMenu } from './ExportMenu';
import type { LookMessages } from '../../look/messages';
import { IconClose, IconCollapse, IconCopy, IconList } from './icons';
import { Outline } from './Outline';
import { MENU_ID, PanelMenu, type PanelMenuProps } from './PanelMenu';
import { SearchBar } from './SearchBar';
import { SpeakerFilter } from './SpeakerFilter';
import { WhoSpoke } from './WhoSpoke';

export interface PanelActions {
  go(item: number): void;
  setOpen(open: boolean): void;
  search(query: string): void;
  step(dir: 1 | -1): void;
  toggleSpeaker(id: string): void;
  /** A who-spoke bar: keeps these speakers' turns, or lets them go when all are kept. */
  toggleSpeakers(ids: string[]): void;
  /** Switches clean-reading mode, for every Sina tab. */
  toggleClean(): void;
  clearFilter(): void;
  unfoldFilter(open: boolean): void;
  /** Copy one question item, or everything (null). */
  copy(item: number | null): void;
  /** Copy one question item with its answers as a quote. */
  quote(item: number): void;
  /** Download the transcript as a file. */
  exportAs(format: ExportFormat): void;
  /** The menu of reading settings and hiding (issue 16). */
  toggleMenu(): void;
  setLook: PanelMenuProps['setLook'];
  hide: PanelMenuProps['hide'];
}

export interface PanelProps {
  data: PanelData;
  state: PanelState;
  lang: Lang;
  t: Messages;
  /** The menu's words (src/look/messages.ts). */
  lookT: LookMessages;
  on: PanelActions;
}

export const PANEL_ID = 'sfr-outline';

const FOCUSABLE = 'button:not(:disabled),input,[tabindex]:not([tabindex="-1"])';

/** Tab and Shift+Tab cycle through the dialog's controls: focus never reaches the page behind. */
function keepFocusInside(e: KeyboardEvent): void {
  const dialog = e.currentTarget as HTMLElement;
  const controls = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)];
  const first = controls[0];
  const last = controls[controls.length - 1];
  if (!first || !last) return;
  const active = (dialog.getRootNode() as Document | ShadowRoot).activeElement;
  const wrapTo = e.shiftKey ? (active === first || active === dialog ? last : null) : active === last ? first : null;
  if (!wrapTo) return;
  e.preventDefault();
  wrapTo.focus();
}

export function Panel({ data, state, lang, t, lookT, on }: PanelProps) {
  if (!state.open) {
    return (
      <button class={state.narrow ? 'fab' : 'tab'} aria-expanded="false" aria-controls={PANEL_ID} title={t.expand}
        onClick={() => on.setOpen(true)}>
        <IconList />
        <span>{t.panel}</span>
      </button>
    );
  }

  // Esc in the search field clears it and leaves it for the panel; Esc again closes a phone's
  // sheet (a modal dialog) but never folds the side panel, whose folding every tab remembers.
  // Tab stays inside the sheet (modal).
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Tab' && state.narrow) return keepFocusInside(e);
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    if ((e.target as Element).classList?.contains('query')) {
      if (state.query) on.search('');
      (e.currentTarget as HTMLElement).focus({ preventScroll: true });
    } else if (state.narrow) {
      on.setOpen(false);
    }
  };
  const nav = (
    <nav id={PANEL_ID} aria-label={t.panel}>
      <header>
        {/* One line: the headline is right above in the page; the rest of the height is the list's. */}
        <h2 title={data.title}>{data.title}</h2>
        <p class="counts">{t.counts(data.questions, data.speakers.length)}</p>
        <div class="bar">
          <button class="btn copy-all" onClick={() => on.copy(null)}>
            <IconCopy />
            {t.copyAll}
          </button>
          <ExportMenu t={t} exportAs={on.exportAs} />
          <button class="btn clean" aria-pressed={state.clean ? 'true' : 'false'} onClick={() => on.toggleClean()}>
            {t.cleanMode}
          </button>
          <button class="btn menu-toggle" aria-expanded={state.menuOpen ? 'true' : 'false'} aria-controls={MENU_ID}
            title={lookT.menu} aria-label={lookT.menu} onClick={() => on.toggleMenu()}>Aa</button>
          <span class="note" role="status">{state.copied ? (state.copied.ok ? t.copied : t.copyFailed) : ''}</span>
          <button class="icon end close" aria-label={t.collapse} title={t.collapse} aria-expanded="true" onClick={() => on.setOpen(false)}>
            {state.narrow ? <IconClose /> : <IconCollapse />}
          </button>
        </div>
        {state.menuOpen && <PanelMenu look={state.look} t={lookT} setLook={on.setLook} hide={on.hide} />}
      </header>
      <SearchBar query={state.query} total={state.total} current={state.current} t={t} search={on.search} step={on.step} />
      <SpeakerFilter speakers={data.speakers} filter={state.filter} open={state.filterOpen} lang={lang} t={t}
        toggle={on.toggleSpeaker} clear={on.clearFilter} unfold={on.unfoldFilter} />
      {/* At the top of the outline: who spoke, each bar a filter. */}
      {data.whoSpoke && <WhoSpoke figures={data.whoSpoke} filter={state.filter} t={t} toggle={on.toggleSpeakers} />}
      <Outline items={data.items} groups={data.groups} visible={visibleItems(data.items, state.filter)} active={state.active}
        copied={state.copied} t={t} go={on.go} copy={on.copy} quote={on.quote} />
    </nav>
  );
  // Focusable (not in the tab order) so opening can move focus here without popping up a
  // phone's keyboard, as focusing the search field would.
  if (!state.narrow) return <div class="panel" tabIndex={-1} onKeyDown={onKeyDown}>{nav}</div>;
  return (
    <>
      <div class="backdrop" onClick={() => on.setOpen(false)} />
      <div class="panel sheet" tabIndex={-1} role="dialog" aria-modal="true" aria-label={t.panel} onKeyDown={onKeyDown}>
        {nav}
      </div>
    </>
  );
}
