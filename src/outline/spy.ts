// Scroll-spy: which outline items start above the reading line, told by an IntersectionObserver
// whose root reaches from far above the page down to that line, so an item's state changes only
// when its first paragraph crosses the line (fast scrolling cannot skip it). A scroll listener
// runs only while the end of the transcript is in view, to tell when the page is at its bottom.

export interface SpyReport {
  /** Per anchor: its top is above the reading line. */
  above: boolean[];
  /** The end of the transcript is in view and the page cannot scroll further. */
  atBottom: boolean;
}

/** The reading line, as a share of the window height from its top. */
const READING_LINE = 0.3;
const FAR = 1e6;

export function watchReading(
  win: Window,
  anchors: readonly Element[],
  end: Element | null,
  onChange: (report: SpyReport) => void,
  signal: AbortSignal,
): void {
  // The page's own constructor: in a content script `window` is the page's window.
  const Observer = (win as Window & { IntersectionObserver?: typeof IntersectionObserver }).IntersectionObserver;
  if (!Observer) return;
  const report: SpyReport = { above: anchors.map(() => false), atBottom: false };
  const index = new Map(anchors.map((a, i) => [a, i]));
  let lines: IntersectionObserver | null = null;

  const observeLine = () => {
    lines?.disconnect();
    const below = Math.round(win.innerHeight * (1 - READING_LINE));
    const observer = new Observer(
      (entries: IntersectionObserverEntry[]) => {
        for (const entry of entries) report.above[index.get(entry.target)!] = entry.isIntersecting;
        onChange(report);
      },
      { rootMargin: `${FAR}px 0px -${below}px 0px` },
    );
    for (const anchor of anchors) observer.observe(anchor);
    lines = observer;
  };
  observeLine();

  let resizeTimer = 0;
  win.addEventListener('resize', () => {
    win.clearTimeout(resizeTimer);
    resizeTimer = win.setTimeout(observeLine, 200);
  }, { signal });

  // Page bottom: only measured while the transcript's last paragraph is on screen.
  let frame = 0;
  const checkBottom = () => {
    frame = 0;
    const root = win.document.scrollingElement ?? win.document.documentElement;
    const atBottom = win.scrollY + win.innerHeight >= root.scrollHeight - 2;
    if (atBottom !== report.atBottom) {
      report.atBottom = atBottom;
      onChange(report);
    }
  };
  const onScroll = () => {
    if (!frame) frame = win.requestAnimationFrame(checkBottom);
  };
  let endInView: IntersectionObserver | null = null;
  if (end) {
    const observer = new Observer((entries: IntersectionObserverEntry[]) => {
      const visible = entries[entries.length - 1]!.isIntersecting;
      if (visible) {
        win.addEventListener('scroll', onScroll, { passive: true, signal });
        onScroll();
      } else {
        win.removeEventListener('scroll', onScroll);
        if (report.atBottom) {
          report.atBottom = false;
          onChange(report);
        }
      }
    });
    observer.observe(end);
    endInView = observer;
  }

  signal.addEventListener('abort', () => {
    lines?.disconnect();
    endInView?.disconnect();
    win.clearTimeout(resizeTimer);
    if (frame) win.cancelAnimationFrame(frame);
  }, { once: true });
}
