// Site knowledge for clean-reading mode, as data (issue #5). The stylesheet is generated from it
// (./stylesheet.ts). Every selector names the saved pages that show it; page keys are those of
// docs/sina-dom.md: F19a gne-sina-2, F19b gne-sina-3, F16old magichtml-42076fe0b7e3,
// N19 gne-sina-1/5/sina, N24 magichtml-665b6857803a/1b929fec5b59, T19 gne-sina-4,
// M24 magichtml-3ef3b4e65fab (mobile). "bodies" = corpus/bodies, i.e. live #artibody markup 2021–22.
// tests/clean/ proves on every page that no rule hides the title, date, source, editor line or body.

export type Group =
  | 'ads' | 'qr-app' | 'sidebar' | 'floating' | 'site-nav' | 'related-feed' | 'comments'
  | 'popup-mask' | 'mobile-ads' | 'open-in-app' | 'mobile-fold' | 'stock-quote';

export interface HideRule {
  group: Group;
  selector: string;
  /** The element may sit inside the article body: ads and promos Sina puts among the paragraphs. */
  inBody?: true;
}

// Evidence is a comment, not data, so that it stays out of the content script.
const IN_BODY = true;
// No side effects: a bundle that imports this module for nothing it uses (the UI bundle, through
// the print attributes) drops the rules instead of building them on every page.
/* @__NO_SIDE_EFFECTS__ */
const r = (group: Group, selector: string, inBody?: true): HideRule =>
  inBody ? { group, selector, inBody } : { group, selector };

export const HIDE_RULES: readonly HideRule[] = [
  // Ads. Slots are <ins class="sinaads"> filled late by sinaads.js, hence CSS, not DOM removal.
  r('ads', '.sinaads', IN_BODY), // ins.sinaads: 8/9 desktop pages, 16–25 each; N24 also inside #article
  r('ads', '.sinaads-float'), // floating couplet ads #sinaadToolkitBox0/1: N24
  r('ads', 'iframe[id^="sinaadtk_"]', IN_BODY), // sinaadtk_sandbox_id_* ad iframes: N24 (one inside #article), T19
  r('ads', '.top-banner'), // banner ad + app QR above the title: 7/9 (F19, N19, N24)
  r('ads', '.article-content-left > .ad'), // div.ad.top-ad above the body: 7/9 (F19, N19, N24)
  r('ads', '.article-content-left > div:not([id]):not([class]):has(> ins.sinaads)'), // bare ad wrappers below the body: N19, N24
  r('ads', 'div[id^="ad_"]', IN_BODY), // div#ad_44086.otherContent_01 after the last paragraph: N24; #ad_04452 in F16old sidebar
  r('ads', '#left_hzh_ad', IN_BODY), // 300×250 ad after the last paragraph, 2020+ finance (RSSHub sina/utils.ts, scrapers)
  r('ads', '.article-bottom-tg'), // ad slider under the body: F19a, F19b
  r('ads', '.adNone'), // #PublicRelation*, .d_titlebn ad blocks: F16old
  r('ads', '#sinaads_box'), // ad box under the body: F16old
  r('ads', '.top_banner_0'), // top banner ad: F16old
  r('ads', '.l_banner1'), // ad above the body: F16old
  r('ads', '.tb-ad0'), // ad under the related feed: F16old
  r('ads', '.zhitou-wrap'), // 扶翼 ads #rightSinaFuyiArea: F16old sidebar
  r('ads', '#heimaogif'), // absolutely placed 黑猫投诉 gif: T19
  r('ads', 'iframe#ckctlFrame'), // tracking iframe at the top of <body>: F19, N19, N24, T19
  // QR codes and app promotions.
  r('qr-app', '.appendQr_wrap', IN_BODY), // 文末二维码 "尽在新浪财经APP" after the last paragraph: 22/22 bodies
  r('qr-app', '.app-kaihu-qr', IN_BODY), // 开户 QR (also #app-qihuo-kaihu-qr): bodies b02, n12, t02
  r('qr-app', '#app-kaihu-stock', IN_BODY), // account-opening QR, 2020+ finance (scrapers cut the body there)
  r('qr-app', '.new_style_article'), // "安装新浪财经客户端…【下载地址】" above the body: F19a, F19b
  r('qr-app', '.blk-wxfollow'), // 公众号 QR under the body: F19, N19
  r('qr-app', '#wxFollow'), // 公众号 QR slot: N24
  r('qr-app', '.fin_art_weixin'), // WeChat QR image under the body: F16old
  r('qr-app', 'p.ecode_weixin'), // "扫描下方二维码关注…微信" under the body: T19
  r('qr-app', 'p.ecode_weixin + .img_wrapper'), // the QR image that follows it: T19
  r('qr-app', '.fc_sidebar'), // left floating "扫一扫 下载APP" toolbar: F19b
  r('qr-app', '#lcs1_w'), // 新浪理财师 promo: F16old
  r('qr-app', '.tech-quotation', IN_BODY), // 新浪众测 promo, first child of #artibody: T19
  r('qr-app', '#artibody > .ct_hqimg', IN_BODY), // "热点栏目 资金流向…" link strip opening the body: F16old
  r('qr-app', '#artibody [data-sudaclick="suda_1028_guba"]', IN_BODY), // "进入【新浪财经股吧】讨论" closing the body: F16old
  // Right sidebar.
  r('sidebar', '.article-content-right'), // right column: 7/9 (F19, N19, N24)
  r('sidebar', '.page-content > .right'), // 15 .side-c boxes: F16old
  r('sidebar', '.main_right'), // right column: T19
  // Floating tool and share bars.
  r('floating', '.page-right-bar'), // floating right toolbar (home, related, top): 7/9
  r('floating', '.page-tools'), // share/font/favourite tools by the date: 8/9
  r('floating', '#top_bar .second-title'), // title copy shown when the date bar sticks: 7/9
  r('floating', '#desktopSideTools'), // floating side tools: F16old
  r('floating', '.ipad-side-tool'), // floating side tools: F16old
  r('floating', '#bottomTools'), // share bar under the body: F16old
  r('floating', '#weibo_btn'), // floating "分享到微博": T19
  r('floating', '#top_btn'), // floating TOP button: T19
  r('floating', '#J_Font_Zoomer'), // font-size tool by the date: T19
  r('floating', '#media_comment'), // "我有话说(1307人参与)" by the date: T19
  r('floating', '#sc_txt'), // "收藏本文" by the date: T19
  r('floating', '.content-tools-wrap'), // share/save/print bar: T19
  // Site header, breadcrumbs, search and footers.
  r('site-nav', '#sina-header'), // Sina top navigation + login: 7/9
  r('site-nav', '.path-search'), // breadcrumb + search: 7/9
  r('site-nav', '.sina15-top-bar-wrap'), // Sina top navigation: F16old
  r('site-nav', '.wrap-inner > .site-header'), // breadcrumb + search: F16old
  r('site-nav', '.page-footer'), // site footer: F16old
  r('site-nav', 'body > .wrap > .top'), // top links: T19
  r('site-nav', 'body > .wrap > .nav'), // channel navigation + search: T19
  r('site-nav', 'header.hd_s1'), // channel header bar: M24
  r('site-nav', 'nav.ft_nav'), // footer channel links: M24
  r('site-nav', 'footer.ft_cm'), // footer links: M24
  // Related news, endless feeds, keyword strips.
  r('related-feed', '#tab_related'), // related news + tianyi endless feed + weibo: 8/9
  r('related-feed', '#most_read'), // 热门推荐: F19
  r('related-feed', '#wx-tg-cont'), // promoted posts: F19b
  r('related-feed', '#live_finance_banner'), // 新浪直播 banner: F19b
  r('related-feed', '#article-bottom'), // 关键字 strip + 我要反馈: 7/9
  r('related-feed', '#timeline_pc_tmpl'), // event timeline slot: N24
  r('related-feed', '#relatedNewsWrap'), // 相关阅读 feed: F16old
  r('related-feed', '.article-info'), // 文章关键词 + 我要反馈: F16old
  r('related-feed', '.seo_data_list'), // SEO link lists, already display:none by Sina: F19 sidebar (12), F16old (5)
  r('related-feed', 'iframe.sina-iframe-content'), // promoted-pictures iframes: F16old
  r('related-feed', 'p.art_keywords'), // 文章关键词: T19
  r('related-feed', '.content_interest'), // 兴趣阅读: T19
  r('related-feed', '.j_article_relevent_news'), // related news card: M24
  r('related-feed', '.j_article_relevent'), // endless recommend feed: M24
  r('related-feed', '.j_relevent_video'), // related video card: M24
  r('related-feed', '#j_card_shortVideo'), // short-video card: M24
  r('related-feed', '#j_card_hot_rank'), // hot-rank card: M24
  r('related-feed', '.page_main > [class^="plugins_"]'), // plug-in card slots: M24
  r('related-feed', '.extended_icons_docplugin'), // plug-in card slot: M24
  r('related-feed', '.xiaoshuo_card_docplugin'), // novel card slot: M24
  // Comments.
  r('comments', '.blk-comment'), // comment block: 7/9
  r('comments', '.sina-comment-wrap'), // comment widget: 9/9 (T19 #SI_FormList1)
  r('comments', '#articleCommentWrap'), // comments: F16old
  r('comments', '.hotCmnt'), // hot comments cards: M24
  // Pop-ups and their masks.
  r('popup-mask', '.most-read-popup'), // exit/recommend pop-up: F19
  r('popup-mask', '.most-read-popup-mask'), // its mask: F19
  r('popup-mask', '.outlogin_layerbox_bylx'), // login layer: 8/9
  r('popup-mask', '.real-time-window'), // fixed news window shell: 6/9
  r('popup-mask', '.sc_success_alert'), // "已收藏" pop-up: T19
  r('popup-mask', '.sc_success_tit'), // "收藏成功" pop-up: T19
  // Mobile (finance.sina.cn / k.sina.cn doc template): every [sax-type] element is an ad slot.
  r('mobile-ads', '[sax-type]', IN_BODY), // sax_5/proxy/words/lmt/sax_hw slots, one inside the body: M24
  r('mobile-ads', '#midThreeAds'), // three-ad block: M24
  r('mobile-ads', '.j_video_with_ad'), // video-with-ad card: M24
  r('open-in-app', '.callApp_fl_btn'), // floating "open in app" button (userscripts #419868, Stay; not in M24)
  r('open-in-app', '.cm_art_push'), // top app-push banner (userscript #419868; not in M24)
  r('open-in-app', '.look_info .look_sub'), // "关注" follow button beside the source: M24
  r('mobile-fold', '#artFoldBox'), // "read more in the app" fold box (userscripts #419868, Stay; not in M24)
  r('mobile-fold', '.look_more_a'), // its "展开" link (Stay userscript; not in M24)
  // Live quotes after stock names: "贝莱德(431.2, 7.37, 1.74%)".
  r('stock-quote', 'span[id^="quote_"]', IN_BODY), // F19b (3), T19 (2), 21 in bodies (empty there, filled live)
];

/** Stock-name links that become plain text (span#stock_sh600000 > a.keyword): F19b, T19, bodies. */
export const STOCK_LINKS: readonly string[] = [
  'span[id^="stock_"] > a.keyword',
  'span[id^="usstock_"] > a.keyword',
  'span[id^="hkstock_"] > a.keyword', // not in the corpus: assumed from the stock_/usstock_ pattern
];

/**
 * Links Sina adds to words of the text by itself, which become words like the stock names (issue
 * 16). A link the author wrote (a related article, a Weibo account named in the text) stays a link.
 */
export const AUTO_LINKS: readonly string[] = [
  'a.keyword', // market keywords (data-sudaclick="content_marketkeywords_p"), also outside a stock span
  'a.wt_article_link', // Weibo cards on names (onmouseover="WeiboCard.show(…)": IMF, 央行, 黄益平): F16old
  'a.article-calculator', // 个人所得税 → the tax calculator: body n15
  'a[href*="/realstock/company/"]', // a stock name linked without its span (<font><a>利通电子</a>): body n12
  'a[href="http://tousu.sina.com.cn/"]', // the word 投诉 → 黑猫投诉: body t00
  'a[href="https://tousu.sina.com.cn/"]', // the same over https (assumed from the http one)
];

/** Faces the CMS writes into the text (<span style="font-family: KaiTi_GB2312,KaiTi">, the
 *  disclaimer of F19b; <font face>): the column's face and the reader's choice win over them. */
export const INLINE_FACES: readonly string[] = ['[style*="font-family"]', 'font[face]'];

/** The mobile author card (avatar, outlet, date) under the title: M24. Without Sina's sheet its
 *  outlet name is an <h2> at full heading size, so clean mode sets the card itself. */
export const MOBILE_AUTHOR = {
  card: '.weibo_info .media_focus',
  figure: '.weibo_info figure',
  avatar: '.weibo_info .weibo_img img',
  name: '.weibo_info .weibo_user',
  time: '.weibo_info .weibo_time',
  day: '.weibo_info .weibo_time_day',
} as const;

/** The mobile article card folded by an inline height until "read more in the app" is tapped. */
export const MOBILE_FOLD = 'section.s_card.z_c1';

/** What the article is: clean mode must never hide any of these (checked by tests/clean). */
export const ARTICLE = {
  body: ['#artibody', '#article', '.art_content'],
  title: ['h1.main-title', 'h1#artibodyTitle', 'h1.art_tit_h1'],
  meta: ['.date-source', '.time-source', '#pub_date', '#media_name', '.weibo_user', '.weibo_time'],
  editor: ['p.article-editor', 'p.show_author'],
} as const;

/** Frames that hold title + body, centred as the reading column (templates A, B, C). */
export const COLUMN_FRAMES: readonly string[] = [
  '.main-content', // A: F19, N19, N24
  '#wrapOuter', // B: F16old
  'body > .wrap', // C: T19
];

/** Inner columns that were floated narrow beside the sidebar; they take the frame's width. */
export const COLUMN_INNER: readonly string[] = [
  '.article-content', '.article-content-left', // A
  '#wrapOuter > .wrap-inner', '.page-content', '.page-content > .left', // B
  '.main_left', '.blkContainer', '.blkContainerPblk', '.blkContainerSblk', // C
];

/** The sticky date bar of template A: kept in the flow so the date and source stay put. */
export const STICKY_BARS: readonly string[] = ['#top_bar_wrap', '#top_bar'];
