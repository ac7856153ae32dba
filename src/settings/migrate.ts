// Versioned storage layout. Each migration turns the data stored by version `from` into the
// layout of `from + 1`; they run in order on load, so a profile that skipped releases catches up.

/** The layout this build reads and writes. Bump it together with a new entry in MIGRATIONS. */
export const SCHEMA_VERSION = 1;

/** Storage key holding the layout version, next to the settings' own keys. */
export const VERSION_KEY = 'schemaVersion';

export interface Migration {
  from: number;
  migrate(data: Record<string, unknown>): Record<string, unknown>;
}

export const MIGRATIONS: readonly Migration[] = [
  // 0 → 1: version 0 is storage without a version key (a fresh profile). Its layout is already
  // version 1's — one storage key per setting — so there is nothing to move.
  { from: 0, migrate: (data) => data },
];

export interface MigrationResult {
  data: Record<string, unknown>;
  /** The version the data was stored with. */
  from: number;
  /** The version the data now has; less than the target when a step was missing or failed. */
  version: number;
}

function storedVersion(data: Record<string, unknown>): number {
  const version = data[VERSION_KEY];
  return Number.isInteger(version) && (version as number) >= 0 ? (version as number) : 0;
}

/**
 * Brings stored data up to `target`. Never throws: a failing step leaves the data as the last
 * step produced it, and validation then falls back to defaults for whatever does not fit.
 * Data from a newer version (after a downgrade) is left alone; its known keys still apply.
 */
export function migrate(
  raw: unknown,
  migrations: readonly Migration[] = MIGRATIONS,
  target: number = SCHEMA_VERSION,
): MigrationResult {
  let data: Record<string, unknown> =
    typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? { ...(raw as Record<string, unknown>) } : {};
  const from = storedVersion(data);
  let version = from;
  while (version < target) {
    const step = migrations.find((m) => m.from === version);
    if (!step) break;
    try {
      data = { ...step.migrate({ ...data }) };
    } catch (error) {
      console.warn(`[sfr] settings migration ${version} → ${version + 1} failed`, error);
      break;
    }
    version++;
  }
  return { data, from, version };
}
