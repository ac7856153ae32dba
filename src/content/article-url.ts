// Which URLs are Sina Finance article pages, judged before the page is parsed so clean mode can
// go on at document_start (no flash of ads). After parsing, the engine's body detection decides.

const ARTICLE_PATHS: readonly RegExp[] = [
  // Desktop, 2016 → today:
  //   https://finance.sina.com.cn/china/gncj/2021-07-16/doc-ikqciyzk5768.shtml
  //   https://finance.sina.com.cn/roll/2018-12-28/doc-ihqfskcn2160999.shtml  (corpus gne-sina-2)
  //   https://finance.sina.com.cn/stock/usstock/c/2019-09-09/doc-iicezzrq4681677.shtml  (gne-sina-3)
  //   http://finance.sina.com.cn/money/forex/forexroll/2016-05-25/doc-ifxsktkp9337164.shtml  (magichtml-42076fe0b7e3)
  /\/doc-i[a-z0-9]+\.shtml$/,
  // Mobile: https://finance.sina.cn/sa/2005-08-26/detail-ikknscsi2623250.d.html  (magichtml-3ef3b4e65fab)
  /\/detail-i[a-z0-9]+\.d\.html$/,
];

/** An article's key for per-article settings (the hidden panels): host and path, without the
 *  query or fragment a shared link may carry; '' for what is not a URL. */
export function articleKey(url: string): string {
  try {
    const { host, pathname } = new URL(url);
    return `${host}${pathname}`;
  } catch {
    return '';
  }
}

/** An absolute URL's path: what follows the scheme and host, up to its query or fragment. */
const PATH = /^[\w-]+:\/\/[^/?#]*([^?#]*)/;

/** Read from the string rather than with `new URL`: this runs at document_start on every Sina
 *  page, where the content script's world would otherwise build the URL bindings for it alone. */
export function isArticleUrl(url: string): boolean {
  const pathname = PATH.exec(url)?.[1];
  return pathname !== undefined && ARTICLE_PATHS.some((pattern) => pattern.test(pathname));
}
