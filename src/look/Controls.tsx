// The look's controls, one radio group per setting, shared by the popup and the panel (each
// styles the same markup: `.look`, `.look-group`, `.look-options`). Native radios: arrow keys,
// focus and screen readers come for free.
import {
  COLUMN_WIDTHS, FONT_FAMILIES, LINE_SPACINGS, TEXT_SIZES, THEMES, type Settings,
} from '../settings/schema';
import type { LookKey } from './attrs';
import type { LookMessages } from './messages';

export interface LookControlsProps {
  /** null while the settings load: the controls show, disabled. */
  settings: Pick<Settings, LookKey> | null;
  t: LookMessages;
  change(patch: Partial<Pick<Settings, LookKey>>): void;
  /** Keeps radio names unique where two sets could meet. */
  idPrefix: string;
}

interface GroupProps<V extends string | number> {
  name: LookKey;
  legend: string;
  values: readonly V[];
  label(value: V): string;
  /** Accessible name when the label alone says too little (the sizes' bare numbers). */
  ariaLabel?(value: V): string;
  current: V | undefined;
  disabled: boolean;
  idPrefix: string;
  pick(value: V): void;
}

function Group<const V extends string | number>({ name, legend, values, label, ariaLabel, current, disabled, idPrefix, pick }: GroupProps<V>) {
  return (
    <fieldset class="look-group" data-setting={name}>
      <legend>{legend}</legend>
      <div class="look-options">
        {values.map((value) => {
          const id = `${idPrefix}-${name}-${value}`;
          return (
            <span class="look-option" key={String(value)}>
              <input type="radio" id={id} name={`${idPrefix}-${name}`} value={String(value)} checked={current === value}
                disabled={disabled} aria-label={ariaLabel?.(value)} onChange={() => pick(value)} />
              <label for={id}>{label(value)}</label>
            </span>
          );
        })}
      </div>
    </fieldset>
  );
}

export function LookControls({ settings, t, change, idPrefix }: LookControlsProps) {
  const disabled = settings === null;
  const common = { disabled, idPrefix };
  return (
    <div class="look">
      <Group name="theme" legend={t.theme} values={THEMES} label={(v) => t.themes[v]} current={settings?.theme}
        pick={(theme) => change({ theme })} {...common} />
      <Group name="textSize" legend={t.textSize} values={TEXT_SIZES} label={(v) => String(v)} ariaLabel={(v) => t.textSizeValue(v)}
        current={settings?.textSize} pick={(textSize) => change({ textSize })} {...common} />
      <Group name="columnWidth" legend={t.columnWidth} values={COLUMN_WIDTHS} label={(v) => t.widths[v]}
        current={settings?.columnWidth} pick={(columnWidth) => change({ columnWidth })} {...common} />
      <Group name="lineSpacing" legend={t.lineSpacing} values={LINE_SPACINGS} label={(v) => t.spacings[v]}
        current={settings?.lineSpacing} pick={(lineSpacing) => change({ lineSpacing })} {...common} />
      <Group name="fontFamily" legend={t.fontFamily} values={FONT_FAMILIES} label={(v) => t.fonts[v]}
        current={settings?.fontFamily} pick={(fontFamily) => change({ fontFamily })} {...common} />
    </div>
  );
}
