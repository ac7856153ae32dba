export * from './schema';
export { migrate, MIGRATIONS, SCHEMA_VERSION, VERSION_KEY, type Migration, type MigrationResult } from './migrate';
export * from './store';
