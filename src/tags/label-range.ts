// Where a turn's printed words start, and which nodes hold its inline label (`杨喆：` in
// `<p>　　<strong>杨喆</strong>：…</p>`). Reads the DOM only; ./apply.ts does the edits.

export interface TextPoint {
  node: Text;
  offset: number;
}

const SPACE = /\s/; // also U+3000, the ideographic space Sina indents paragraphs with

function textNodes(el: Element): Text[] {
  const out: Text[] = [];
  const walker = el.ownerDocument.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) out.push(node as Text);
  return out;
}

/** The first character of `el` that is not white space, or null when it has none. */
export function textStart(el: Element, nodes: readonly Text[] = textNodes(el)): TextPoint | null {
  for (const node of nodes) {
    const data = node.data;
    for (let i = 0; i < data.length; i++) if (!SPACE.test(data[i]!)) return { node, offset: i };
  }
  return null;
}

/**
 * The extent of `label` at the start of `el`'s text (after its indent), or null when the text
 * does not start with it. White space matches any white space: the engine may have normalised it.
 */
export function labelExtent(el: Element, label: string): { start: TextPoint; end: TextPoint } | null {
  if (label === '') return null;
  const nodes = textNodes(el);
  const start = textStart(el, nodes);
  if (!start) return null;
  let n = nodes.indexOf(start.node);
  let offset = start.offset;
  for (let i = 0; i < label.length; i++) {
    while (n < nodes.length && offset >= nodes[n]!.data.length) {
      n++;
      offset = 0;
    }
    const node = nodes[n];
    if (!node) return null;
    const want = label[i]!;
    const got = node.data[offset]!;
    if (want !== got && !(SPACE.test(want) && SPACE.test(got))) return null;
    offset++;
  }
  return { start, end: { node: nodes[n]!, offset } };
}

/** The deepest node containing both `a` and `b`. */
function commonAncestor(a: Node, b: Node): Node | null {
  const seen = new Set<Node>();
  for (let n: Node | null = a; n; n = n.parentNode) seen.add(n);
  for (let n: Node | null = b; n; n = n.parentNode) if (seen.has(n)) return n;
  return null;
}

/**
 * Siblings `first` … `last` that hold exactly the text from the start of `from` to the end of
 * `to`, found by climbing while a node is its parent's first (resp. last) child. Null when the
 * text cannot be wrapped whole (`<b>问</b></font>：` crossing an element's edge part-way).
 */
export function siblingSpan(from: Text, to: Text): { first: Node; last: Node } | null {
  if (from === to) return { first: from, last: from };
  const ancestor = commonAncestor(from, to);
  if (!ancestor) return null;
  let first: Node = from;
  while (first.parentNode !== ancestor) {
    if (first.previousSibling) return null;
    first = first.parentNode!;
  }
  let last: Node = to;
  while (last.parentNode !== ancestor) {
    if (last.nextSibling) return null;
    last = last.parentNode!;
  }
  return { first, last };
}
