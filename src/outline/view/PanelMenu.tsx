// The panel's menu (issue 16): the reader's look, as in the popup, and hiding the panel on this
// article or on all of them (the popup brings it back).
import { LookControls } from '../../look/Controls';
import type { LookKey } from '../../look/attrs';
import type { LookMessages } from '../../look/messages';
import type { Settings } from '../../settings/schema';

export interface PanelMenuProps {
  look: Pick<Settings, LookKey>;
  t: LookMessages;
  setLook(patch: Partial<Pick<Settings, LookKey>>): void;
  hide(scope: 'here' | 'everywhere'): void;
}

export const MENU_ID = 'sfr-outline-menu';

export function PanelMenu({ look, t, setLook, hide }: PanelMenuProps) {
  return (
    <div class="look-menu" id={MENU_ID} role="group" aria-label={t.menu}>
      <LookControls settings={look} t={t} change={setLook} idPrefix="panel" />
      <div class="hide">
        <button class="btn hide-here" onClick={() => hide('here')}>{t.hideHere}</button>
        <button class="btn hide-everywhere" onClick={() => hide('everywhere')}>{t.hideEverywhere}</button>
      </div>
    </div>
  );
}
