import type { SwitchKey } from '../settings/schema';

interface SwitchProps {
  name: SwitchKey;
  label: string;
  hint: string;
  checked: boolean;
  disabled?: boolean;
  onChange(name: SwitchKey, checked: boolean): void;
}

/** A native checkbox with the switch role: keyboard, focus and screen readers come for free. */
export function Switch({ name, label, hint, checked, disabled, onChange }: SwitchProps) {
  const id = `setting-${name}`;
  return (
    <div class="switch">
      <input
        type="checkbox"
        role="switch"
        id={id}
        name={name}
        checked={checked}
        disabled={disabled}
        aria-describedby={`${id}-hint`}
        onChange={(event) => onChange(name, event.currentTarget.checked)}
      />
      <label for={id}>
        <span class="switch-label">{label}</span>
        <span class="switch-hint" id={`${id}-hint`}>{hint}</span>
      </label>
      <span class="switch-track" aria-hidden="true" />
    </div>
  );
}
