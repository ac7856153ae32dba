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
  /** Reader look in clean mode (issue 16): body text size in px, one of TEXT_SIZES. */
  textSize: TextSize;
  /** Width of the reading column. */
  columnWidth: ColumnWidth;
  /** Line spacing of the body text. */
  lineSpacing: LineSpacing;
  /** Typeface of the body text. */
  fontFamily: FontFamily;
  /** Colours of the page in clean mode, the panel and the tags; `system` follows the OS. */
  theme: Theme;
  /** Articles (see articleKey) whose panel the reader hid from the panel's menu (issue 16). */
  hiddenPanels: string[];
}

export const TEXT_SIZES = [15, 16, 18, 20, 22, 24] as const;
export const COLUMN_WIDTHS = ['narrow', 'normal', 'wide'] as const;
export const LINE_SPACINGS = ['compact', 'normal', 'loose'] as const;
export const FONT_FAMILIES = ['sans', 'serif'] as const;
export const THEMES = ['system', 'light', 'sepia', 'dark'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
export type ColumnWidth = (typeof COLUMN_WIDTHS)[number];
export type LineSpacing = (typeof LINE_SPACINGS)[number];
export type FontFamily = (typeof FONT_FAMILIES)[number];
export type Theme = (typeof THEMES)[number];
/** Enough for years of reading; the oldest entries go first beyond it (storage stays small). */
export const HIDDEN_PANELS_MAX = 500;

export type SettingKey = keyof Settings;
/** The on/off settings (the popup's switches). */
export type SwitchKey = 'cleanMode' | 'outlinePanel' | 'speakerTags';

interface Field<T> {
  default: T;
  valid(value: unknown): value is T;
}

const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
const bool = (fallback: boolean): Field<boolean> => ({ default: fallback, valid: isBoolean });
const oneOf = <T>(values: readonly T[], fallback: T): Field<T> => ({
  default: fallback,
  valid: (value: unknown): value is T => values.includes(value as T),
});
const isKeyList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.length <= HIDDEN_PANELS_MAX && value.every((v) => typeof v === 'string' && v.length > 0 && v.length <= 300);

/** One entry per setting; adding a setting is adding a line here (and a migration if it renames one). */
export const SETTINGS_SCHEMA: { readonly [K in SettingKey]: Field<Settings[K]> } = {
  cleanMode: bool(true),
  outlinePanel: bool(true),
  speakerTags: bool(true),
  outlineCollapsed: bool(false),
  // Today's look (18px, 760px column, 1.85) is the default; the theme follows the system.
  textSize: oneOf(TEXT_SIZES, 18),
  columnWidth: oneOf(COLUMN_WIDTHS, 'normal'),
  lineSpacing: oneOf(LINE_SPACINGS, 'normal'),
  fontFamily: oneOf(FONT_FAMILIES, 'sans'),
  theme: oneOf(THEMES, 'system'),
  hiddenPanels: { default: Object.freeze([]) as unknown as string[], valid: isKeyList },
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
