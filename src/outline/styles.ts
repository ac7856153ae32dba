// The panel's CSS (inside its shadow root: the page cannot restyle it, it cannot restyle the page)
// and the few page rules the outline needs, each scoped to an attribute or highlight of ours (part
// of the page stylesheet the manifest declares, src/content/page-css.ts).
import { CLEAN_ATTR } from '../clean/clean-mode';
import { LOOK_CSS } from '../look/controls-css';
import { tokenVar } from '../look/themes';
import { paletteCss } from '../tags/palette';
import { HIGHLIGHT_ALL, HIGHLIGHT_CURRENT, MARK_ATTR } from './highlight';
import { FLASH_ATTR } from './scroll';

/** On <html> while the side panel is open on a wide screen. */
export const OPEN_ATTR = 'data-sfr-outline';
/** On <html> while the page is narrowed to make room for the side panel (clean mode off: ./room.ts). */
export const ROOM_ATTR = 'data-sfr-room';
/** On the paragraphs of turns the speaker filter leaves out. */
export const DIM_ATTR = 'data-sfr-dim';
/** Side panel width plus its margins: what the clean reading column moves over by. */
export const PANEL_SPACE = 336;

// !important throughout: the browser may put this sheet before the page's own, so a page rule of
// equal weight must not win over ours.
export const PAGE_CSS =
  `[${DIM_ATTR}]{opacity:.35!important;transition:opacity .2s!important}` +
  `[${FLASH_ATTR}]{animation:sfr-flash 1.4s ease-out!important}` +
  `@keyframes sfr-flash{from{background-color:rgba(255,196,0,.45)}to{background-color:transparent}}` +
  `@media (prefers-reduced-motion:reduce){[${FLASH_ATTR}]{animation:none!important;outline:2px solid #e3a600!important}}` +
  `::highlight(${HIGHLIGHT_ALL}){background-color:#ffe066;color:#111}` +
  `::highlight(${HIGHLIGHT_CURRENT}){background-color:#ff9632;color:#111}` +
  `mark[${MARK_ATTR}]{background:#ffe066!important;color:#111!important}mark[${MARK_ATTR}=current]{background:#ff9632!important}` +
  // Clean mode centres the column in the window; with the panel open, centre it in what is left.
  `html[${CLEAN_ATTR}][${OPEN_ATTR}] body{padding-right:${PANEL_SPACE}px!important;box-sizing:border-box!important}` +
  // Without clean mode the page's own centred columns move left, out from under the panel (the
  // panel sets this only with clean mode off: ./room.ts).
  `html[${ROOM_ATTR}]{padding-right:${PANEL_SPACE}px!important;box-sizing:border-box!important}`;

export const PANEL_CSS =
  // The page's colour scheme (dark with the dark theme) reaches the panel's own controls.
  `:host{all:initial;color-scheme:inherit}` +
  // The reader's theme (src/look/themes.ts), light when clean mode is off: the panel matches the page.
  `.root{--pb:${tokenVar('panel')};--ink:${tokenVar('text')};--mute:${tokenVar('muted')};--line:${tokenVar('line')};` +
  `--acc:${tokenVar('accent')};--cur:${tokenVar('current')};--hov:${tokenVar('hover')};` +
  `font:14px/1.5 system-ui,-apple-system,"PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif;color:var(--ink);` +
  // Scrollbars in the theme's colours (Firefox's own ignore the colour scheme in a shadow root).
  `scrollbar-color:var(--line) transparent}` +
  `*{box-sizing:border-box}` +
  `button,input{font:inherit;color:inherit;margin:0}` +
  `button{cursor:pointer;background:none;border:0;padding:0;border-radius:6px}` +
  `button:disabled{cursor:default;opacity:.4}` +
  `:focus{outline:none}:focus-visible{outline:2px solid var(--acc);outline-offset:1px}.panel:focus{outline:none}` +
  `svg{width:16px;height:16px;fill:none;stroke:currentColor;stroke-width:2;stroke-linecap:round;stroke-linejoin:round;flex:none}` +
  `.panel{position:fixed;z-index:2147483000;top:12px;right:12px;bottom:12px;width:${PANEL_SPACE - 24}px;display:flex;` +
  `flex-direction:column;background:var(--pb);border:1px solid var(--line);border-radius:10px;box-shadow:0 6px 24px rgba(0,0,0,.16);overflow:hidden}` +
  `nav{display:flex;flex-direction:column;flex:1;min-height:0}` +
  `header{padding:10px 12px 8px;border-bottom:1px solid var(--line)}` +
  `h2{margin:0;font-size:15px;line-height:1.4;font-weight:600;display:-webkit-box;-webkit-line-clamp:1;word-break:break-all;-webkit-box-orient:vertical;overflow:hidden}` +
  `.counts{margin:2px 0 0;color:var(--mute);font-size:12px}` +
  `.bar{display:flex;gap:6px;align-items:center;margin-top:6px}` +
  `.btn{display:inline-flex;align-items:center;gap:4px;padding:3px 8px;border:1px solid var(--line);font-size:12px}` +
  `.btn:hover,.icon:hover,.go:hover{background:var(--hov)}` +
  `.btn[aria-pressed=true]{background:var(--cur);border-color:var(--acc);color:var(--acc)}` +
  `.icon{width:28px;height:28px;display:inline-flex;align-items:center;justify-content:center;flex:none}` +
  `.end{margin-left:auto}` +
  `.export{position:relative}.export summary{list-style:none;cursor:pointer;color:inherit}.export summary::-webkit-details-marker{display:none}` +
  `.export .menu{position:absolute;z-index:1;top:calc(100% + 4px);left:0;display:flex;flex-direction:column;gap:2px;padding:4px;` +
  `background:var(--pb);border:1px solid var(--line);border-radius:8px;box-shadow:0 4px 14px rgba(0,0,0,.16)}` +
  `.export .menu .btn{border:0;white-space:nowrap;justify-content:flex-start}` +
  `.note{font-size:12px;color:var(--mute)}` +
  `.search{display:flex;align-items:center;gap:2px;padding:6px 8px 6px 12px;border-bottom:1px solid var(--line)}` +
  `.search input{flex:1;min-width:0;padding:4px 8px;border:1px solid var(--line);border-radius:6px;background:var(--pb)}` +
  `.count{min-width:4.2em;text-align:center;color:var(--mute);font-size:12px;font-variant-numeric:tabular-nums}` +
  `.filter{padding:3px 12px;border-bottom:1px solid var(--line);font-size:13px}` +
  `summary{cursor:pointer;color:var(--mute);border-radius:4px}` +
  `.filter ul{list-style:none;margin:6px 0 2px;padding:0;max-height:28vh;overflow:auto}` +
  `.filter label{display:flex;align-items:center;gap:6px;padding:2px 0;cursor:pointer}` +
  `.filter input{accent-color:var(--acc)}` +
  `.person{min-width:0}.person .role{margin-left:6px}.full{display:block;color:var(--mute);font-size:11px;line-height:1.35}` +
  `.dot{width:10px;height:10px;border-radius:50%;background:var(--fg);flex:none}` +
  `.role{color:var(--mute);font-size:12px}` +
  `.who-spoke{padding:3px 12px;border-bottom:1px solid var(--line);font-size:12px}` +
  `.chart{margin-top:6px}.chart-title{display:block;color:var(--mute);margin-bottom:2px}` +
  `.chart ul{list-style:none;margin:0;padding:0}` +
  `.bar-row{width:100%;display:grid;grid-template-columns:minmax(0,7.5em) minmax(0,1fr) auto;gap:6px;align-items:center;padding:1px 4px;text-align:left}` +
  `.bar-row:hover{background:var(--hov)}.bar-row[aria-pressed=true]{background:var(--cur);color:var(--acc)}` +
  `.bar-label{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}` +
  `.bar-track{height:8px;border-radius:4px;background:var(--hov);overflow:hidden}` +
  `.bar-fill{display:block;height:100%;border-radius:4px;background:var(--acc)}` +
  `.bar-value{color:var(--mute);font-variant-numeric:tabular-nums}` +
  // Under a group's heading a row is its number and its question, on one line.
  `.grouped .go{grid-template-columns:auto minmax(0,1fr)}.grouped .go>.gist{grid-column:2;grid-row:1;margin-top:0}` +
  `.group{list-style:none}.group-head{display:block;margin:8px 8px 2px;font-size:12px;font-weight:600;color:var(--mute)}` +
  `.grouped{list-style:none;margin:0;padding:0}` +
  `.items{list-style:none;margin:0;padding:6px;overflow:auto;flex:1;overscroll-behavior:contain}` +
  `.item{display:flex;align-items:flex-start;gap:2px;border-radius:6px}` +
  `.more{padding:6px 8px}.show-more{width:100%;justify-content:center;padding:6px 8px;color:var(--acc)}` +
  // Who answered sits on the row of who asked: one line less per question, more of them in view.
  `.go{flex:1;min-width:0;display:grid;grid-template-columns:minmax(0,1fr) auto;column-gap:8px;align-items:baseline;text-align:left;padding:5px 8px}` +
  `.go>.head{grid-column:1;grid-row:1}.go>.gist{grid-column:1/-1}` +
  `.go[aria-current]{background:var(--cur);box-shadow:inset 3px 0 var(--acc)}` +
  `.head{display:flex;gap:6px;align-items:baseline;min-width:0}` +
  `.num{flex:none;min-width:1.5em;font-weight:700;color:var(--acc);font-variant-numeric:tabular-nums}` +
  `.who{font-weight:600;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}` +
  `.gist{display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden;margin-top:1px}` +
  `.ans{grid-column:2;grid-row:1;max-width:9em;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;color:var(--mute);font-size:12px}` +
  // `Answered by: …` is longer: it may take more of the row, the asker's name giving way.
  `.root:lang(en) .go>.ans{max-width:11.5em}` +
  `.item .icon{margin-top:3px;color:var(--mute)}` +
  `.tab,.fab{position:fixed;z-index:2147483000;display:flex;align-items:center;gap:6px;background:var(--pb);` +
  `border:1px solid var(--line);box-shadow:0 4px 14px rgba(0,0,0,.16)}` +
  `.tab{right:0;top:40%;padding:10px 6px;writing-mode:vertical-rl;border-right:0;border-radius:8px 0 0 8px}` +
  `.fab{right:16px;bottom:16px;padding:10px 16px;border-radius:22px;background:var(--acc);color:var(--pb);border:0}` +
  // The sheet takes the lower half: the page stays readable above it, where a search match is
  // shown (the backdrop only catches the tap that closes it). While the reader scrolls down the
  // page, the button slides away: it never sits on the line being read.
  `.backdrop{position:fixed;z-index:2147483000;inset:0;background:rgba(0,0,0,.08)}` +
  `.sheet{top:auto;left:0;right:0;bottom:0;width:auto;height:50vh;height:50dvh;border-radius:14px 14px 0 0;` +
  `box-shadow:0 -6px 24px rgba(0,0,0,.22)}` +
  `.fab{transition:transform .2s}.reading .fab{transform:translateY(calc(100% + 24px))}` +
  `@media (prefers-reduced-motion:reduce){.fab{transition:none}}` +
  // Printing is the article's: the panel is never on paper.
  `@media print{:host{display:none!important}}` +
  // The menu (issue 16): the look controls' own sheet, in the panel's colours.
  `.look-menu{margin-top:10px;padding-top:10px;border-top:1px solid var(--line);display:flex;flex-direction:column;gap:8px;` +
  `--look-line:var(--line);--look-muted:var(--mute);--look-accent:var(--acc);--look-on:var(--pb)}` +
  `.hide{display:flex;flex-wrap:wrap;gap:6px}` + LOOK_CSS +
  paletteCss((i) => `.c${i}`);
