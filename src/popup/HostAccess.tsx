// The other Sina sites, by the user's choice: on such a tab, a notice with a button that enables
// the reader there; in the settings, every site with whether it is on and a button to turn it on
// or off. The popup only asks for or gives up the permission; the background registers the
// reader for what is granted (src/background/site-scripts.ts), so a grant that closes the popup
// (Firefox's prompt does) still takes effect.
import { useEffect, useState } from 'preact/hooks';
import { OPTIONAL_SITES, optionalSiteOf, siteMatches, type SiteId } from '../platform/hosts';
import type { Platform, TabInfo } from '../platform/types';

type Site = (typeof OPTIONAL_SITES)[number];

const SITE_NAMES: Record<SiteId, string> = { news: 'siteNews', cj: 'siteCj', k: 'siteK' };

interface HostAccessProps {
  platform: Platform;
  getTab(): Promise<TabInfo | undefined>;
  /** After a site was turned on or off, so the popup asks the tab again. */
  onChange(): void;
}

/** Which sites are on: all their hosts granted. */
async function enabledSites(platform: Platform): Promise<Set<SiteId>> {
  const on = new Set<SiteId>();
  for (const site of OPTIONAL_SITES) {
    if (await platform.permissions.contains(siteMatches(site)).catch(() => false)) on.add(site.id);
  }
  return on;
}

function useSites(platform: Platform, getTab: HostAccessProps['getTab'], onChange: () => void) {
  const [enabled, setEnabled] = useState<Set<SiteId> | null>(null);
  const [here, setHere] = useState<Site | undefined>(undefined);
  const [denied, setDenied] = useState<SiteId | null>(null);

  useEffect(() => {
    let live = true;
    const refresh = () => void enabledSites(platform).then((on) => live && setEnabled(on));
    refresh();
    void getTab().then((tab) => live && setHere(optionalSiteOf(tab?.url)), () => {});
    // Granted or revoked elsewhere too (the browser's settings, another popup).
    const stop = platform.permissions.onChanged(refresh);
    return () => {
      live = false;
      stop();
    };
  }, [platform, getTab]);

  const settle = (site: Site, refused: boolean) => {
    setDenied(refused ? site.id : null);
    void enabledSites(platform).then(setEnabled);
    onChange();
  };
  // Called straight from the click: Firefox only shows the prompt during a user action.
  const enable = (site: Site) =>
    platform.permissions.request(siteMatches(site)).then((granted) => settle(site, !granted), () => settle(site, true));
  const disable = (site: Site) =>
    platform.permissions.remove(siteMatches(site)).then(() => settle(site, false), () => settle(site, false));
  return { enabled, here, denied, enable, disable };
}

/** On a tab of a site that is not on: says so and offers to turn it on. */
export function SiteNotice({ platform, getTab, onChange }: HostAccessProps) {
  const t = platform.i18n.message;
  const { enabled, here, denied, enable } = useSites(platform, getTab, onChange);
  if (!here || !enabled || enabled.has(here.id)) return null;
  const name = t(SITE_NAMES[here.id]);
  return (
    <section class="site-here" data-site={here.id} role="status">
      <p>{t('siteNotEnabledHere', name)}</p>
      <button type="button" class="grant" onClick={() => void enable(here)}>{t('siteEnableHere', name)}</button>
      {denied === here.id && <p class="denied">{t('siteDenied')}</p>}
    </section>
  );
}

/** In the settings: every site, whether it is on, and a button to turn it on or off. */
export function SiteSettings({ platform, getTab, onChange }: HostAccessProps) {
  const t = platform.i18n.message;
  const { enabled, denied, enable, disable } = useSites(platform, getTab, onChange);
  const name = (site: Site) => t(SITE_NAMES[site.id]);
  return (
    <section class="sites" aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t('popupSitesHeading')}</h2>
      <p class="sites-hint">{t('popupSitesHint')}</p>
      <ul>
        {OPTIONAL_SITES.map((site) => {
          const on = enabled?.has(site.id) ?? false;
          return (
            <li key={site.id} data-site={site.id} data-enabled={String(on)}>
              <span class="site-name">{name(site)}</span>
              <span class="site-state">{t(on ? 'siteOn' : 'siteOff')}</span>
              <button
                type="button"
                class="site-toggle"
                disabled={enabled === null}
                aria-label={t(on ? 'siteDisableFor' : 'siteEnableFor', name(site))}
                onClick={() => void (on ? disable(site) : enable(site))}
              >
                {t(on ? 'siteDisable' : 'siteEnable')}
              </button>
              <span class="site-hosts">{site.hosts.join(' · ')}</span>
              {denied === site.id && <span class="denied">{t('siteDenied')}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
