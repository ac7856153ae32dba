// Functions that run inside the page (their source is sent to the browser, so each is
// self-contained). They keep element references between calls in a window property, never in
// the DOM, so the serialized DOM stays the page's own.

export interface CheckSpec {
  hide: { selector: string; inBody: boolean }[];
  body: string[];
  parts: string[]; // title, date/source, editor line
  stock: string[];
  desktop: boolean;
  maxWidth: number; // of the body's text column, px
  fontSize: string;
}

export interface Prepared { html: string; clutter: number; clutterShownBefore: number; paragraphs: number; images: number }
export interface Verified { problems: string[]; hidden: number; paragraphs: number }

/** Before clean mode: remember clutter, paragraphs (with the text a reader must still see), media. */
export function prepare(spec: CheckSpec & { foldLikeSina: boolean }): Prepared {
  const w = window as unknown as { __sfrCheck: unknown };
  if (spec.foldLikeSina) {
    // What sina.cn's script does to long articles (userscripts #419868, Stay): cut the card with an
    // inline height and lay the "read more in the app" box over the cut.
    const card = document.querySelector<HTMLElement>('section.s_card.z_c1')!;
    card.style.height = '200px';
    card.style.overflow = 'hidden';
    const fold = document.createElement('div');
    fold.id = 'artFoldBox';
    const more = document.createElement('a');
    more.className = 'look_more_a';
    more.textContent = '展开阅读全文';
    fold.append(more);
    card.after(fold);
  }
  const body = spec.body.map((s) => document.querySelector(s)).find(Boolean)!;
  const clutter = new Set<Element>();
  for (const h of spec.hide) for (const el of document.querySelectorAll(h.selector)) clutter.add(el);
  const inBodySel = spec.hide.filter((h) => h.inBody).map((h) => h.selector).join(',');
  const promo = (el: Element) => [...clutter].some((c) => c !== el && c.contains(el)) || clutter.has(el);
  const squash = (s: string) => s.replace(/\s+/g, '');
  const paragraphs = [...body.querySelectorAll('p')].filter((p) => squash(p.textContent ?? '') && !promo(p) && p.getClientRects().length > 0).map((p) => {
    const copy = p.cloneNode(true) as Element;
    for (const x of copy.querySelectorAll(`${inBodySel},script,style`)) x.remove();
    return { el: p, text: p.textContent, visible: squash(copy.textContent ?? '') };
  });
  // What the page itself shows: an image it keeps display:none (M24's #wx_pic, T19's closed
  // video playlist) is not the reader's to lose.
  const shownNow = (el: Element) => el.getClientRects().length > 0;
  const media = [...body.querySelectorAll('img, .img_descr')]
    .filter((m) => !promo(m) && shownNow(m) && (m.localName === 'img' || squash(m.textContent ?? '')));
  const parts = spec.parts.flatMap((s) => [...document.querySelectorAll(s)]).filter(shownNow);
  const roots = [...clutter].filter((c) => ![...clutter].some((o) => o !== c && o.contains(c)));
  const shown = roots.filter((el) => el.getClientRects().length > 0).length;
  w.__sfrCheck = { clutter: [...clutter], paragraphs, media, parts, body };
  return { html: document.documentElement.outerHTML, clutter: clutter.size, clutterShownBefore: shown, paragraphs: paragraphs.length, images: media.length };
}

/** With clean mode on: clutter not rendered, the article fully rendered, stocks unlinked, layout. */
export function verifyOn(spec: CheckSpec): Verified {
  type P = { el: Element; text: string | null; visible: string };
  const s = (window as unknown as { __sfrCheck: { clutter: Element[]; paragraphs: P[]; media: Element[]; parts: Element[]; body: Element } }).__sfrCheck;
  const problems: string[] = [];
  const name = (el: Element) => `${el.localName}${el.id ? `#${el.id}` : ''}${el.getAttribute('class') ? `.${el.getAttribute('class')!.trim().split(/\s+/).join('.')}` : ''}`;
  const displayNone = (el: Element) => {
    for (let e: Element | null = el; e; e = e.parentElement) if (getComputedStyle(e).display === 'none') return true;
    return false;
  };
  const rendered = (el: Element) => {
    if (el.getClientRects().length === 0) return false;
    const r = el.getBoundingClientRect();
    if (r.width <= 0 || r.height <= 0) return false;
    return el.checkVisibility({ visibilityProperty: true, opacityProperty: true });
  };
  for (const el of s.clutter)
    if (!displayNone(el) || el.getClientRects().length > 0) problems.push(`clutter shown: ${name(el)}`);
  for (const p of s.paragraphs) {
    if (!rendered(p.el)) problems.push(`paragraph hidden: ${p.visible.slice(0, 30)}`);
    if (p.el.textContent !== p.text) problems.push(`paragraph text changed: ${p.visible.slice(0, 30)}`);
    const seen = (p.el as HTMLElement).innerText.replace(/\s+/g, '');
    if (seen !== p.visible) problems.push(`paragraph renders «${seen.slice(0, 40)}» not «${p.visible.slice(0, 40)}»`);
  }
  for (const m of s.media) if (!rendered(m)) problems.push(`image or caption hidden: ${name(m)} ${m.getAttribute('src') ?? m.textContent}`);
  for (const el of s.parts) if (!rendered(el)) problems.push(`title/date/source/editor hidden: ${name(el)}`);
  // Sina sometimes nests an empty keyword link in another (bodies/t01); only named ones count.
  for (const sel of spec.stock) for (const a of s.body.querySelectorAll(sel)) {
    if (!a.textContent?.trim()) continue;
    const cs = getComputedStyle(a);
    const parent = getComputedStyle(a.parentElement!);
    if (!rendered(a)) problems.push(`stock name hidden: ${a.textContent}`);
    if (cs.pointerEvents !== 'none' || cs.textDecorationLine !== 'none' || cs.color !== parent.color)
      problems.push(`stock name still looks like a link: ${a.textContent} (${cs.pointerEvents}, ${cs.textDecorationLine}, ${cs.color})`);
  }
  const first = s.paragraphs[0]?.el;
  if (first && getComputedStyle(first).fontSize !== spec.fontSize) problems.push(`paragraph font ${getComputedStyle(first).fontSize}`);
  const r = s.body.getBoundingClientRect();
  if (r.width > spec.maxWidth + 0.5) problems.push(`body column ${r.width}px wide`);
  if (spec.desktop) {
    const right = document.documentElement.clientWidth - r.right;
    if (Math.abs(r.left - right) > 2) problems.push(`body column not centred: ${r.left} | ${right}`);
  }
  const card = document.querySelector<HTMLElement>('section.s_card.z_c1');
  if (card && card.scrollHeight > card.clientHeight + 1) problems.push(`mobile card still folded: ${card.clientHeight}/${card.scrollHeight}`);
  return { problems, hidden: s.clutter.length, paragraphs: s.paragraphs.length };
}

export const serialize = (): string => document.documentElement.outerHTML;

/** Ads Sina injects after load, into the page and into the body: hidden on arrival, no observer. */
export function lateAdsShown(): string[] {
  const body = document.querySelector('#artibody, #article, .art_content')!;
  const made: HTMLElement[] = [];
  const add = (parent: Element, tag: string, attrs: Record<string, string>, before?: Element | null) => {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    el.style.cssText = 'display:block;width:300px;height:250px;background:red';
    if (before) before.before(el); else parent.append(el);
    made.push(el);
  };
  add(document.body, 'ins', { class: 'sinaads', 'data-ad-pdps': 'PDPS000000000001' });
  add(body, 'ins', { class: 'sinaads sinaads-done' }, body.querySelector('p'));
  add(body, 'div', { class: 'appendQr_wrap clearfix' });
  add(document.body, 'div', { class: 'sinaads-float sinaads-float-right', id: 'sinaadToolkitBox9' });
  add(body, 'div', { 'sax-type': 'proxy', class: 'j_native_opq250101 box' });
  const shown = made.filter((el) => el.getClientRects().length > 0).map((el) => el.outerHTML.slice(0, 60));
  for (const el of made) el.remove();
  return shown;
}
