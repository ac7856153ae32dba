// The reader on the other Sina sites the user enabled (optional host permissions): one registered
// content script per site, with the manifest's own built script and page stylesheet, for the
// site's hosts that are granted. Registrations persist across browser restarts; the background
// re-checks them whenever it starts (that also covers an extension update, which changes the
// built file names) and whenever a host permission is granted or revoked, by us or in the
// browser's settings. Revoked: unregistered, so a reloaded tab is left as Sina made it.
import { OPTIONAL_SITES, siteMatches } from '../platform/hosts';
import type { Platform, RegisteredScript } from '../platform/types';

/** Registered scripts of ours are named `sfr-site-<site id>`. */
export const SCRIPT_ID_PREFIX = 'sfr-site-';

/** What should be registered now: the granted hosts of each optional site. */
export async function wantedScripts(platform: Platform): Promise<RegisteredScript[]> {
  const { js, css } = platform.runtime.contentScriptFiles();
  const wanted: RegisteredScript[] = [];
  for (const site of OPTIONAL_SITES) {
    const matches: string[] = [];
    // Per host: a user can take one host of a site away in Chrome's site-access settings.
    for (const match of siteMatches(site)) {
      if (await platform.permissions.contains([match]).catch(() => false)) matches.push(match);
    }
    if (matches.length > 0) wanted.push({ id: SCRIPT_ID_PREFIX + site.id, matches, js, css });
  }
  return wanted;
}

// Chromium lists a registered script's matches sorted, not in the order they were given.
const sorted = (list: string[]) => JSON.stringify([...list].sort());
const sameScript = (a: RegisteredScript, b: RegisteredScript) =>
  sorted(a.matches) === sorted(b.matches) && sorted(a.js) === sorted(b.js) && sorted(a.css) === sorted(b.css);

/** Brings the registrations in line with the permissions; never throws. */
export async function syncSiteScripts(platform: Platform): Promise<void> {
  try {
    const wanted = await wantedScripts(platform);
    const ours = (await platform.scripting.registered()).filter((s) => s.id.startsWith(SCRIPT_ID_PREFIX));
    const stale = ours.filter((s) => !wanted.some((w) => w.id === s.id && sameScript(w, s)));
    const missing = wanted.filter((w) => !ours.some((s) => s.id === w.id && sameScript(w, s)));
    if (stale.length > 0) await platform.scripting.unregister(stale.map((s) => s.id));
    if (missing.length > 0) await platform.scripting.register(missing);
  } catch (error) {
    // Left for the next start or permission change to repair; the rest of the extension works.
    console.warn('Sina Finance Reader: could not update the site scripts', error);
  }
}

/** Syncs now and after every permission change, one sync at a time (two at once would both
 *  register the same id). Returns a function that stops listening. */
export function startSiteScripts(platform: Platform): () => void {
  let queue = Promise.resolve();
  const sync = () => {
    queue = queue.then(() => syncSiteScripts(platform));
    return queue;
  };
  const stop = platform.permissions.onChanged(() => void sync());
  void sync();
  return stop;
}
