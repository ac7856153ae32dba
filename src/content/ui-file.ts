// The UI bundle's file in the built extension (./ui-bundle.ts): vite.config.ts emits it under this
// name, the background injects it by this name. No imports: the build config reads it too.
export const UI_SCRIPT_FILE = 'ui.js';
