// The settings, their defaults and how a stored value is judged. Anything in storage that is
// missing, of the wrong type or unknown falls back to the default: settings never crash a page.

export interface Settings {
  /** Hide ads, QR codes and clutter on article pages (issue 5). */
  cleanMode: boolean;
  /** The outline side panel on transcript pages (issue 4). */
  outlinePanel: boolean;
  /** A speaker tag at the start of every turn (issue 4). */
  speakerTags: boolean;
  /** The outline panel is folded to its slim tab; remembered across pages (issue 4). */
  outlineCollapsed: boolean;
}

export type SettingKey = keyof Settings;

interface Field<T> {
  default: T;
  valid(value: unknown): value is T;
}

const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
const bool = (fallback: boolean): Field<boolean> => ({ default: fallback, valid: isBoolean });

/** One entry per setting; adding a setting is adding a line here (and a migration if it renames one). */
export const SETTINGS_SCHEMA: { readonly [K in SettingKey]: Field<Settings[K]> } = {
  cleanMode: bool(true),
  outlinePanel: bool(true),
  speakerTags: bool(true),
  outlineCollapsed: bool(false),
};

export const SETTING_KEYS = Object.keys(SETTINGS_SCHEMA) as SettingKey[];

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze(
  Object.fromEntries(SETTING_KEYS.map((key) => [key, SETTINGS_SCHEMA[key].default])) as unknown as Settings,
);

function field(data: Record<string, unknown>, key: SettingKey): unknown {
  return Object.prototype.hasOwnProperty.call(data, key) ? data[key] : undefined;
}

/** A complete Settings from anything: each key is kept only when valid, else its default. */
export function validateSettings(raw: unknown): Settings {
  return { ...DEFAULT_SETTINGS, ...validatePatch(raw) };
}

/** The valid part of a partial update; invalid and unknown keys are dropped. */
export function validatePatch(raw: unknown): Partial<Settings> {
  const data = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const out: Partial<Record<SettingKey, unknown>> = {};
  for (const key of SETTING_KEYS) {
    const value = field(data, key);
    if (SETTINGS_SCHEMA[key].valid(value)) out[key] = value;
  }
  return out as Partial<Settings>;
}
