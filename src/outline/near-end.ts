// The long outline's last row, a button that builds more rows: while it is there, the list's
// scrolling is watched so that rows are built before the reader scrolls to the end, as a feed
// does. Only the reader's scrolling counts, not the panel keeping the item being read in view:
// at load nothing more is built, even where the first rows leave the list room (the button is in
// view there, for a click).

export interface NearEndWatch {
  /** The button's ref callback. */
  ref(button: HTMLElement | null): void;
  /** The panel scrolls its list to `top` itself: that scroll is not the reader's. */
  scrollingTo(top: number): void;
  /** Ends the watch for good. */
  stop(): void;
}

/** Calls `more` when the reader scrolls the button's list (the `.items` that holds it) to within a
 *  list's height of its end. */
export function watchNearEnd(more: () => void): NearEndWatch {
  let unwatch = () => {};
  let stopped = false;
  let ours: number | null = null;
  const ref = (button: HTMLElement | null) => {
    unwatch();
    unwatch = () => {};
    const list = button?.closest<HTMLElement>('.items');
    if (!list || stopped) return;
    const onScroll = () => {
      const byUs = ours !== null && Math.abs(list.scrollTop - ours) < 1;
      ours = null;
      if (byUs) return;
      // Near: the end is less than a list's height below what shows.
      if (list.scrollTop + 2 * list.clientHeight >= list.scrollHeight) more();
    };
    list.addEventListener('scroll', onScroll, { passive: true });
    unwatch = () => list.removeEventListener('scroll', onScroll);
  };
  return {
    ref,
    scrollingTo(top) {
      ours = top;
    },
    stop() {
      stopped = true;
      ref(null);
    },
  };
}
