// Line icons (24-unit grid, stroked with currentColor). Decorative: every button carries a label.
const icon = (d: string) => () => (
  <svg viewBox="0 0 24 24" aria-hidden="true">
    <path d={d} />
  </svg>
);

export const IconUp = icon('M6 15l6-6 6 6');
export const IconDown = icon('M6 9l6 6 6-6');
export const IconClose = icon('M6 6l12 12M18 6L6 18');
export const IconCopy = icon('M9 9h10v10H9zM5 15V5h10');
export const IconList = icon('M8 6h12M8 12h12M8 18h12M4 6h.01M4 12h.01M4 18h.01');
export const IconCollapse = icon('M9 6l6 6-6 6');
export const IconQuote = icon('M7 7h4v4c0 3-2 5-4 6M14 7h4v4c0 3-2 5-4 6');
