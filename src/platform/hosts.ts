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
