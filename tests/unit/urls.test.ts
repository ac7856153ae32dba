// Page detectors, each with the real URLs it must accept and refuse (refined-github style).
import { describe, expect, test } from 'vitest';
import { isArticleUrl } from '../../src/content/article-url';
import { isSinaFinanceUrl, optionalSiteOf, SINA_FINANCE_MATCHES } from '../../src/platform/hosts';

describe('isSinaFinanceUrl', () => {
  test.each([
    'https://finance.sina.com.cn/china/gncj/2021-07-16/doc-ikqciyzk5768.shtml',
    'http://finance.sina.com.cn/roll/2018-12-28/doc-ihqfskcn2160999.shtml',
    'https://finance.sina.cn/sa/2005-08-26/detail-ikknscsi2623250.d.html',
    'https://finance.sina.com.cn/',
  ])('accepts %s', (url) => expect(isSinaFinanceUrl(url)).toBe(true));

  test.each([
    'https://news.sina.com.cn/c/2019-11-25/doc-iihnzahi3275702.shtml',
    'https://tech.sina.com.cn/t/2019-09-11/doc-iicezzrq4972166.shtml',
    'https://finance.sina.com.cn.example.org/',
    'https://example.org/?u=https://finance.sina.com.cn/',
    'ftp://finance.sina.com.cn/',
    'not a url',
    undefined,
  ])('refuses %s', (url) => expect(isSinaFinanceUrl(url)).toBe(false));

  test('match patterns name exactly those hosts', () => {
    expect(SINA_FINANCE_MATCHES).toEqual(['*://finance.sina.com.cn/*', '*://finance.sina.cn/*']);
  });
});

describe('optionalSiteOf', () => {
  test.each([
    ['https://news.sina.com.cn/c/2019-11-25/doc-iihnzahi3275702.shtml', 'news'],
    ['https://news.sina.cn/gn/2024-05-10/detail-inausehc2630922.d.html', 'news'],
    ['https://cj.sina.com.cn/articles/view/1704103183/65925a0f02001abcd', 'cj'],
    ['https://t.cj.sina.com.cn/articles/view/1704103183/65925a0f02001abcd', 'cj'],
    ['https://k.sina.com.cn/article_7517400647_1c0126e4705901abcd.html', 'k'],
    ['https://k.sina.cn/article_7517400647_1c0126e4705901abcd.html', 'k'],
  ])('%s is on site %s', (url, id) => expect(optionalSiteOf(url)?.id).toBe(id));

  test.each([
    'https://finance.sina.com.cn/china/gncj/2021-07-16/doc-ikqciyzk5768.shtml',
    'https://tech.sina.com.cn/t/2019-09-11/doc-iicezzrq4972166.shtml',
    'https://sports.sina.com.cn/',
    'https://news.sina.com.cn.example.org/',
    'ftp://news.sina.com.cn/',
    'not a url',
    undefined,
  ])('%s is on none', (url) => expect(optionalSiteOf(url)).toBeUndefined());
});

describe('isArticleUrl', () => {
  test.each([
    'https://finance.sina.com.cn/china/gncj/2021-07-16/doc-ikqciyzk5768.shtml',
    'https://finance.sina.com.cn/stock/usstock/c/2019-09-09/doc-iicezzrq4681677.shtml',
    'http://finance.sina.com.cn/money/forex/forexroll/2016-05-25/doc-ifxsktkp9337164.shtml',
    'https://finance.sina.cn/sa/2005-08-26/detail-ikknscsi2623250.d.html',
    'https://finance.sina.com.cn/roll/2021-07-16/doc-ikqciyzk5776877.shtml?cref=cj',
    'https://finance.sina.com.cn/roll/2021-07-16/doc-ikqciyzk5776877.shtml#comment',
    'https://finance.sina.cn/sa/2005-08-26/detail-ikknscsi2623250.d.html?from=wap&vt=4',
  ])('article: %s', (url) => expect(isArticleUrl(url)).toBe(true));

  test.each([
    'https://finance.sina.com.cn/',
    'https://finance.sina.com.cn/china/',
    'https://finance.sina.com.cn/realstock/company/sh600519/nc.shtml',
    'https://finance.sina.cn/',
    // The article's path only in the query or the fragment, or no URL at all.
    'https://finance.sina.com.cn/?next=/roll/doc-ikqciyzk5776877.shtml',
    'https://finance.sina.com.cn/china/#/doc-ikqciyzk5776877.shtml',
    '/roll/2021-07-16/doc-ikqciyzk5776877.shtml',
    '',
  ])('not an article: %s', (url) => expect(isArticleUrl(url)).toBe(false));
});
