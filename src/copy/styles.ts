// The quote button's CSS, inside its shadow root. Never printed.
export const QUOTE_CSS =
  `:host{all:initial}` +
  `button{position:absolute;z-index:2147483000;padding:4px 10px;border:1px solid #d1d9e0;border-radius:14px;cursor:pointer;` +
  `font:13px/1.4 system-ui,-apple-system,"PingFang SC","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif;` +
  `background:#fff;color:#0b57d0;box-shadow:0 2px 10px rgba(0,0,0,.18);white-space:nowrap}` +
  `button:hover{background:#eef1f4}button:focus-visible{outline:2px solid #0b57d0;outline-offset:1px}button[hidden]{display:none}` +
  `span{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}` +
  `@media (prefers-color-scheme:dark){button{background:#1b1f24;color:#8ab4f8;border-color:#3d444d}button:hover{background:#2a3038}}` +
  `@media print{:host{display:none!important}}`;
