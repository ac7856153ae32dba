// A local server that answers for the real Sina hosts, so the manifest's real match patterns run.
// Chromium reaches it through --host-resolver-rules; Firefox uses it as its HTTP proxy. Either
// way it answers only for MAPPED_HOSTS and refuses everything else (recorded in `refused`): the
// browsers never reach the internet.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** Hosts the server answers for. Sina hosts the extension must ignore are here on purpose. */
export const MAPPED_HOSTS = [
  'finance.sina.com.cn',
  'finance.sina.cn',
  'news.sina.com.cn',
  'news.sina.cn',
  'tech.sina.com.cn',
  'example.org',
] as const;

export interface ServedPage {
  html: string;
  /** Let the page's own scripts run. Off by default: saved pages carry Sina's scripts, which
   *  would try the network and rewrite the DOM; a CSP header stops them (content scripts are exempt). */
  scripts?: boolean;
}

export interface SiteServer {
  port: number;
  /** Serves `page` at an absolute http URL on a mapped host (query strings are ignored). */
  serve(url: string, page: ServedPage | string): string;
  /** Every URL answered with a page. */
  served: string[];
  /** Requests for hosts outside MAPPED_HOSTS (proxy requests and CONNECT tunnels), refused. */
  refused: string[];
  close(): Promise<void>;
}

const key = (host: string, path: string) => `${host.toLowerCase()}${path}`;

export async function startServer(): Promise<SiteServer> {
  const pages = new Map<string, ServedPage>();
  const served: string[] = [];
  const refused: string[] = [];
  const mapped = new Set<string>(MAPPED_HOSTS);

  const server = http.createServer((req, res) => {
    // A proxy request carries an absolute URL; a direct one only the Host header.
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    const host = url.hostname;
    if (!mapped.has(host)) {
      refused.push(url.href);
      res.writeHead(403, { 'content-type': 'text/plain' }).end('refused by the test server');
      return;
    }
    const page = pages.get(key(host, url.pathname));
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain', 'cache-control': 'no-store' }).end();
      return;
    }
    served.push(url.href);
    const headers: http.OutgoingHttpHeaders = {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
    };
    if (!page.scripts) headers['content-security-policy'] = "script-src 'none'";
    res.writeHead(200, headers).end(page.html);
  });

  // Browsers keep connections to a proxy open and reuse them; a server that closes an idle one
  // just as Firefox reuses it makes the navigation fail ("Address rejected"). Keep them open.
  server.keepAliveTimeout = 10 * 60_000;
  server.headersTimeout = 10 * 60_000 + 1000;

  // https is not served: refuse every tunnel, so no TLS connection ever leaves the machine.
  server.on('connect', (req, socket) => {
    refused.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    port,
    served,
    refused,
    serve(url, page) {
      const { hostname, pathname, protocol } = new URL(url);
      if (protocol !== 'http:') throw new Error(`serve http URLs only: ${url}`);
      if (!mapped.has(hostname)) throw new Error(`${hostname} is not a mapped host`);
      pages.set(key(hostname, pathname), typeof page === 'string' ? { html: page } : page);
      return url;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
