// Reversible edits to the page's DOM. Every change is recorded with its inverse and `undo()`
// replays the inverses newest first, so the page ends up exactly as it was (same nodes, same
// text, same attributes), not a re-parsed copy: page scripts keep their references.

export class DomJournal {
  private readonly undos: Array<() => void> = [];

  get size(): number {
    return this.undos.length;
  }

  /** Splits `text` at `offset`; returns the new node holding the text after it. */
  split(text: Text, offset: number): Text {
    const tail = text.splitText(offset);
    this.undos.push(() => {
      text.data += tail.data;
      tail.remove();
    });
    return tail;
  }

  insertBefore(parent: Node, node: Node, before: Node | null): void {
    parent.insertBefore(node, before);
    this.undos.push(() => node.parentNode?.removeChild(node));
  }

  /** Moves the siblings `first` … `last` (same parent) into `wrapper`, put where they were. */
  wrap(first: Node, last: Node, wrapper: Element): void {
    const parent = first.parentNode!;
    const moved: Node[] = [];
    for (let node: Node | null = first; node; node = node.nextSibling) {
      moved.push(node);
      if (node === last) break;
    }
    parent.insertBefore(wrapper, first);
    wrapper.append(...moved);
    this.undos.push(() => {
      for (const node of moved) parent.insertBefore(node, wrapper);
      wrapper.remove();
    });
  }

  setAttribute(el: Element, name: string, value: string): void {
    const before = el.getAttribute(name);
    el.setAttribute(name, value);
    this.undos.push(() => (before === null ? el.removeAttribute(name) : el.setAttribute(name, before)));
  }

  /** Undoes every recorded edit, newest first; the journal is then empty and reusable. */
  undo(): void {
    for (let fn = this.undos.pop(); fn; fn = this.undos.pop()) fn();
  }
}
