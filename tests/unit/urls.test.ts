// Page detectors, each with the real URLs it must accept and refuse (refined-github style).
import { describe, expect, test } from 'vitest';
import { isArticleUrl } from '../../src/content/article-url';
import { isSinaFinanceUrl, SINA_FINANCE_MATCHES } from '../../src/platform/hosts';

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

describe('isArticleUrl', () => {
  test.each([
    'https://finance.sina.com.cn/china/gncj/2021-07-16/doc-ikqciyzk5768.shtml',
    'https://finance.sina.com.cn/stock/usstock/c/2019-09-09/doc-iicezzrq4681677.shtml',
    'http://finance.sina.com.cn/money/forex/forexroll/2016-05-25/doc-ifxsktkp9337164.shtml',
    'https://finance.sina.cn/sa/2005-08-26/detail-ikknscsi2623250.d.html',
    'https://finance.sina.com.cn/roll/2021-07-16/doc-ikqciyzk5776877.shtml?cref=cj',
  ])('article: %s', (url) => expect(isArticleUrl(url)).toBe(true));

  test.each([
    'https://finance.sina.com.cn/',
    'https://finance.sina.com.cn/china/',
    'https://finance.sina.com.cn/realstock/company/sh600519/nc.shtml',
    'https://finance.sina.cn/',
  ])('not an article: %s', (url) => expect(isArticleUrl(url)).toBe(false));
});
