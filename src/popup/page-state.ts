// What the popup says about the tab it was opened for, from the content script's answer, the
// tab's URL (visible only on our hosts) and whether host access was granted.
import { isSinaFinanceUrl, optionalSiteOf, siteMatches } from '../platform/hosts';
import { isPageState, type PageState } from '../platform/messages';
import type { Platform, TabInfo } from '../platform/types';

export type PopupPageState =
  | { kind: 'loading' }
  | { kind: 'transcript'; page: PageState }
  | { kind: 'not-transcript'; page: PageState }
  /** A Sina Finance tab without our content script: opened before install, or still loading. */
  | { kind: 'reload' }
  /** One of the other Sina sites (src/platform/hosts.ts), not turned on. */
  | { kind: 'not-enabled' }
  /** One of them, turned on, without our content script: turned on after the tab was opened. */
  | { kind: 'reload-site' }
  /** Host access withheld, so we cannot even tell which site the tab shows. */
  | { kind: 'no-access' }
  | { kind: 'not-sina' };

export interface ResolveOptions {
  /** Host access as `permissions.contains` reported it. */
  hasAccess: boolean;
  retryDelayMs?: number;
}

/** How often to ask a Sina tab whose script has not answered yet (it may still be starting). */
const RETRIES = 6;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function ask(platform: Platform, tab: TabInfo): Promise<PageState | undefined> {
  try {
    const answer = await platform.tabs.send(tab.id, { type: 'sfr:get-state' });
    return isPageState(answer) ? answer : undefined;
  } catch {
    return undefined;
  }
}

export async function resolvePageState(
  platform: Platform,
  tab: TabInfo | undefined,
  { hasAccess, retryDelayMs = 250 }: ResolveOptions,
): Promise<PopupPageState> {
  if (!tab) return { kind: 'not-sina' };
  const site = optionalSiteOf(tab.url);
  const enabledSite = site !== undefined && (await platform.permissions.contains(siteMatches(site)).catch(() => false));
  // Only where a reader can run: asking is running a script in the tab (src/platform/inbox.ts),
  // which on a site whose access Chromium withholds waits for a grant that never comes.
  const sina = isSinaFinanceUrl(tab.url) || enabledSite;
  for (let attempt = 0; sina; attempt++) {
    const page = await ask(platform, tab);
    if (page) return page.transcript ? { kind: 'transcript', page } : { kind: 'not-transcript', page };
    if (attempt >= RETRIES) break;
    await sleep(retryDelayMs);
  }
  if (enabledSite) return { kind: 'reload-site' };
  if (sina) return { kind: 'reload' };
  if (site) return { kind: 'not-enabled' };
  if (!hasAccess && tab.url === undefined) return { kind: 'no-access' };
  return { kind: 'not-sina' };
}

/** The tab the popup reports on: `?tab=ID` when opened as a page (tests do), else the active tab. */
export async function targetTab(platform: Platform, search: string): Promise<TabInfo | undefined> {
  const param = new URLSearchParams(search).get('tab');
  const id = param === null ? NaN : Number(param);
  return Number.isInteger(id) ? platform.tabs.get(id) : platform.tabs.active();
}
