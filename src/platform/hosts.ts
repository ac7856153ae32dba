// Where the extension works. manifest.json repeats these (content_scripts.matches and
// host_permissions); tests/unit/manifest.test.ts keeps the two in step.

/** Desktop (finance.sina.com.cn) and mobile (finance.sina.cn) Sina Finance. */
export const SINA_FINANCE_HOSTS = ['finance.sina.com.cn', 'finance.sina.cn'] as const;

/** Match patterns for the hosts above, as the manifest and `permissions` APIs spell them. */
export const SINA_FINANCE_MATCHES: string[] = SINA_FINANCE_HOSTS.map((host) => `*://${host}/*`);

/**
 * True for http(s) pages on a Sina Finance host, e.g.
 * http://finance.sina.com.cn/china/gncj/2021-07-16/doc-ikqciyzk5768.shtml and
 * https://finance.sina.cn/2024-03-14/detail-inamvzfe0183164.d.html — but not news.sina.com.cn.
 */
export function isSinaFinanceUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  try {
    const { protocol, hostname } = new URL(url);
    return (protocol === 'http:' || protocol === 'https:') &&
      (SINA_FINANCE_HOSTS as readonly string[]).includes(hostname);
  } catch {
    return false;
  }
}

/**
 * Other Sina sites where transcripts Sina Finance readers follow are published. The reader runs
 * there only once the user enables a site (optional host permissions, one choice per site: a
 * site's desktop and mobile hosts go together). manifest.json's optional_host_permissions repeat
 * the hosts; tests/unit/manifest.test.ts keeps them in step.
 */
export const OPTIONAL_SITES = [
  // State Council Information Office (国新办) briefings, the MFA's regular press conferences.
  { id: 'news', hosts: ['news.sina.com.cn', 'news.sina.cn'] },
  // 新浪财经头条 articles.
  { id: 'cj', hosts: ['cj.sina.com.cn', 't.cj.sina.com.cn'] },
  // 新浪看点 (its mobile pages share finance.sina.cn's doc template).
  { id: 'k', hosts: ['k.sina.com.cn', 'k.sina.cn'] },
] as const;

export type SiteId = (typeof OPTIONAL_SITES)[number]['id'];

/** A site's match patterns, as optional_host_permissions and `permissions` APIs spell them. */
export const siteMatches = (site: { hosts: readonly string[] }): string[] => site.hosts.map((host) => `*://${host}/*`);

/** Every optional site's match patterns, in manifest order. */
export const OPTIONAL_MATCHES: string[] = OPTIONAL_SITES.flatMap(siteMatches);

/** The optional site an http(s) URL is on, or undefined. */
export function optionalSiteOf(url: string | undefined | null): (typeof OPTIONAL_SITES)[number] | undefined {
  if (!url) return undefined;
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return undefined;
    return OPTIONAL_SITES.find((site) => (site.hosts as readonly string[]).includes(hostname));
  } catch {
    return undefined;
  }
}
