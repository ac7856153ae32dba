// The panel of an ordinary article's sections (issue 16): the panels' shared frame
// (./PanelFrame.tsx), listing the headings. Pure: no page access here. Headings are text children, never HTML.
import type { LookMessages } from '../../look/messages';
import type { Messages } from '../messages';
import type { SectionMessages } from '../section-messages';
import type { PanelState } from '../state';
import { PanelFrame, type FrameActions } from './PanelFrame';

export interface SectionsPanelActions extends FrameActions {
  go(index: number): void;
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
  return (
    <PanelFrame id={SECTIONS_ID} label={st.panel} title={title} counts={st.counts(sections.length)}
      state={state} t={t} lookT={lookT} on={on}>
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
    </PanelFrame>
  );
}
