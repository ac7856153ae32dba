// The frame both panels share (the transcript's outline and an article's sections): a side panel
// on wide screens or a modal bottom sheet on narrow ones, the slim tab / the button that opens it
// when closed, and a header with the title, the counts, the panel's own tools, clean mode, the
// look menu and folding. Pure: no page access here.
import type { ComponentChildren } from 'preact';
import type { LookMessages } from '../../look/messages';
import type { Messages } from '../messages';
import type { PanelState } from '../state';
import { IconClose, IconCollapse, IconList } from './icons';
import { MENU_ID, PanelMenu, type PanelMenuProps } from './PanelMenu';

export interface FrameActions {
  setOpen(open: boolean): void;
  /** Switches clean-reading mode, for every Sina tab. */
  toggleClean(): void;
  /** The menu of reading settings and hiding (issue 16). */
  toggleMenu(): void;
  setLook: PanelMenuProps['setLook'];
  hide: PanelMenuProps['hide'];
}

export interface PanelFrameProps {
  /** The nav's id (the tab's aria-controls) and its name. */
  id: string;
  label: string;
  title: string;
  counts: string;
  state: Pick<PanelState, 'open' | 'narrow' | 'clean' | 'menuOpen' | 'look'>;
  t: Messages;
  lookT: LookMessages;
  on: FrameActions;
  /** The panel's own buttons, before clean mode. */
  tools?: ComponentChildren;
  /** A live status after the buttons (copy feedback). */
  status?: ComponentChildren;
  /** Esc inside the panel, before the frame's own handling; true when it was handled. */
  onEscape?(e: KeyboardEvent): boolean;
  children: ComponentChildren;
}

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

export function PanelFrame({ id, label, title, counts, state, t, lookT, on, tools, status, onEscape, children }: PanelFrameProps) {
  if (!state.open) {
    return (
      <button class={state.narrow ? 'fab' : 'tab'} aria-expanded="false" aria-controls={id} title={t.expand}
        onClick={() => on.setOpen(true)}>
        <IconList />
        <span>{label}</span>
      </button>
    );
  }

  // Esc closes a phone's sheet (a modal dialog) but never folds the side panel, whose folding
  // every tab remembers. Tab stays inside the sheet (modal).
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Tab' && state.narrow) return keepFocusInside(e);
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    if (onEscape?.(e)) return;
    if (state.narrow) on.setOpen(false);
  };
  const nav = (
    <nav id={id} aria-label={label}>
      <header>
        {/* One line: the headline is right above in the page; the rest of the height is the list's. */}
        <h2 title={title}>{title}</h2>
        <p class="counts">{counts}</p>
        <div class="bar">
          {tools}
          <button class="btn clean" aria-pressed={state.clean ? 'true' : 'false'} onClick={() => on.toggleClean()}>
            {t.cleanMode}
          </button>
          <button class="btn menu-toggle" aria-expanded={state.menuOpen ? 'true' : 'false'} aria-controls={MENU_ID}
            title={lookT.menu} aria-label={lookT.menu} onClick={() => on.toggleMenu()}>Aa</button>
          {status}
          <button class="icon end close" aria-label={t.collapse} title={t.collapse} aria-expanded="true" onClick={() => on.setOpen(false)}>
            {state.narrow ? <IconClose /> : <IconCollapse />}
          </button>
        </div>
        {state.menuOpen && <PanelMenu look={state.look} t={lookT} setLook={on.setLook} hide={on.hide} />}
      </header>
      {children}
    </nav>
  );
  // Focusable (not in the tab order) so opening can move focus here without popping up a
  // phone's keyboard, as focusing the search field would.
  if (!state.narrow) return <div class="panel" tabIndex={-1} onKeyDown={onKeyDown}>{nav}</div>;
  return (
    <>
      <div class="backdrop" onClick={() => on.setOpen(false)} />
      <div class="panel sheet" tabIndex={-1} role="dialog" aria-modal="true" aria-label={label} onKeyDown={onKeyDown}>
        {nav}
      </div>
    </>
  );
}
