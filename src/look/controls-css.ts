// The look controls' CSS, for the popup's page and the panel's shadow root alike. Each host sets
// --look-line, --look-muted, --look-accent and --look-on (text on the accent) from its colours.
export const LOOK_CSS =
  `.look{display:flex;flex-direction:column;gap:6px}` +
  `.look-group{border:0;margin:0;padding:0;min-width:0;display:grid;grid-template-columns:4.5em 1fr;align-items:center;gap:6px}` +
  `.look-group legend{float:left;padding:0;font-size:12px;color:var(--look-muted)}` +
  `.look-options{display:flex;border:1px solid var(--look-line);border-radius:6px;overflow:hidden}` +
  `.look-option{flex:1;position:relative;display:flex}` +
  `.look-option+.look-option{border-left:1px solid var(--look-line)}` +
  // The radio lies invisibly over its label: clicks, arrow keys and screen readers reach it.
  `.look-option input{position:absolute;inset:0;margin:0;opacity:0;cursor:pointer}` +
  `.look-option label{flex:1;text-align:center;padding:3px 2px;font-size:12px;line-height:1.5;white-space:nowrap;cursor:pointer}` +
  `.look-option input:checked+label{background:var(--look-accent);color:var(--look-on);font-weight:600}` +
  `.look-option input:focus-visible+label{outline:2px solid var(--look-accent);outline-offset:-3px}` +
  `.look-option input:disabled+label{opacity:.5;cursor:default}`;
