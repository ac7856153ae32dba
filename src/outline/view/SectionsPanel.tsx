// The panel of an ordinary article's sections (issue 16): the transcript panel's frame (side
// panel, or a bottom sheet on narrow screens; the slim tab or the button when closed), listing
// the headings. Pure: no page access here. Headings are text children, never HTML.
import type { LookMessages } from '../../look/messages';
import type { Messages } from '../messages';
import type { SectionMessages } from '../section-messages';
import type { PanelState } from '../state';
import { IconClose, IconCollapse, IconList } from './icons';
import { MENU_ID, PanelMenu, type PanelMenuProps } from './PanelMenu';

export interface SectionsPanelActions {
  go(index: number): void;
  setOpen(open: boolean): void;
  toggleClean(): void;
  toggleMenu(): void;
  setLook: PanelMenuProps['setLook'];
  hide: PanelMenuProps['hide'];
}

export interface SectionsPanelProps {
  title: string;
  sections: readonly string[];
  state: PanelState;
  t: Messages;
  st: SectionMessages;
  lookT: LookMessages;
  on: SectionsPanelActions;
}

export const SECTIONS_ID = 'sfr-sections';

export function SectionsPanel({ title, sections, state, t, st, lookT, on }: SectionsPanelProps) {
  if (!state.open) {
    return (
      <button class={state.narrow ? 'fab' : 'tab'} aria-expanded="false" aria-controls={SECTIONS_ID} title={t.expand}
        onClick={() => on.setOpen(true)}>
        <IconList />
        <span>{st.panel}</span>
      </button>
    );
  }
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    on.setOpen(false);
  };
  const nav = (
    <nav id={SECTIONS_ID} aria-label={st.panel}>
      <header>
        <h2>{title}</h2>
        <p class="counts">{st.counts(sections.length)}</p>
        <div class="bar">
          <button class="btn clean" aria-pressed={state.clean ? 'true' : 'false'} onClick={() => on.toggleClean()}>
            {t.cleanMode}
          </button>
          <button class="btn menu-toggle" aria-expanded={state.menuOpen ? 'true' : 'false'} aria-controls={MENU_ID}
            title={lookT.menu} aria-label={lookT.menu} onClick={() => on.toggleMenu()}>Aa</button>
          <button class="icon end close" aria-label={t.collapse} title={t.collapse} aria-expanded="true" onClick={() => on.setOpen(false)}>
            {state.narrow ? <IconClose /> : <IconCollapse />}
          </button>
        </div>
        {state.menuOpen && <PanelMenu look={state.look} t={lookT} setLook={on.setLook} hide={on.hide} />}
      </header>
      <ol class="items">
        {sections.map((section, i) => (
          <li class="item section" key={i}>
            <button class="go" data-item={i} aria-current={state.active === i ? 'location' : undefined} onClick={() => on.go(i)}>
              <span class="head">
                <span class="num">{i + 1}</span>
                <span class="gist">{section}</span>
              </span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
  if (!state.narrow) return <div class="panel" tabIndex={-1} onKeyDown={onKeyDown}>{nav}</div>;
  return (
    <>
      <div class="backdrop" onClick={() => on.setOpen(false)} />
      <div class="panel sheet" tabIndex={-1} role="dialog" aria-modal="true" aria-label={st.panel} onKeyDown={onKeyDown}>
        {nav}
      </div>
    </>
  );
}
