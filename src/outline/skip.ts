// The skip link: the page's first Tab stop, hidden until focused, that takes a keyboard user
// straight to the outline instead of through every link of the page. It sits before <head>,
// outside <body> like the panel, in a shadow root of its own.
import { styledHost } from './shell';

export const SKIP_HOST = 'sfr-skip';

const SKIP_CSS =
  `:host{all:initial}` +
  `button{position:fixed;z-index:2147483001;left:8px;top:8px;padding:8px 14px;border:0;border-radius:6px;` +
  `font:14px/1.4 system-ui,-apple-system,"PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif;` +
  `background:#0b57d0;color:#fff;box-shadow:0 4px 14px rgba(0,0,0,.25);cursor:pointer;transform:translateY(-200%)}` +
  `button:focus{transform:none;outline:2px solid #fff;outline-offset:-4px}` +
  `@media (prefers-reduced-motion:no-preference){button{transition:transform .15s}}`;

/** Adds the skip link; `go` runs when it is chosen. Removed when `signal` aborts. */
export function mountSkipLink(doc: Document, label: string, go: () => void, signal: AbortSignal): HTMLElement {
  const { host, shadow } = styledHost(doc, SKIP_HOST, SKIP_CSS);
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = label;
  button.addEventListener('click', go);
  shadow.append(button);
  doc.documentElement.prepend(host);
  signal.addEventListener('abort', () => host.remove(), { once: true });
  return host;
}
