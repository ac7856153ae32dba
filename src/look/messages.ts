// The look controls' words, for the popup and the panel alike (the panel lives in the page,
// where the extension's _locales are not at hand; one table serves both).
import type { Lang } from '../engine/kind-words';
import type { ColumnWidth, FontFamily, LineSpacing, Theme } from '../settings/schema';

export interface LookMessages {
  heading: string;
  hint: string;
  textSize: string;
  textSizeValue(px: number): string;
  columnWidth: string;
  widths: Record<ColumnWidth, string>;
  lineSpacing: string;
  spacings: Record<LineSpacing, string>;
  fontFamily: string;
  fonts: Record<FontFamily, string>;
  theme: string;
  themes: Record<Theme, string>;
  /** The panel's menu: these controls and hiding the panel. */
  menu: string;
  hideHere: string;
  hideEverywhere: string;
  /** The popup, on an article whose panel was hidden. */
  hiddenHere: string;
  showHere: string;
}

export const LOOK_MESSAGES: Record<Lang, LookMessages> = {
  zh: {
    heading: '外观',
    hint: '在清爽阅读模式下作用于正文',
    textSize: '字号',
    textSizeValue: (px) => `${px} 像素`,
    columnWidth: '栏宽',
    widths: { narrow: '窄', normal: '适中', wide: '宽' },
    lineSpacing: '行距',
    spacings: { compact: '紧凑', normal: '适中', loose: '宽松' },
    fontFamily: '字体',
    fonts: { sans: '黑体', serif: '宋体' },
    theme: '主题',
    themes: { system: '跟随系统', light: '浅色', sepia: '米黄', dark: '深色' },
    menu: '阅读设置',
    hideHere: '在本文隐藏目录',
    hideEverywhere: '在所有文章隐藏目录',
    hiddenHere: '本文的目录已隐藏。',
    showHere: '显示目录',
  },
  en: {
    heading: 'Appearance',
    hint: 'Applies to the article in clean reading mode',
    textSize: 'Text size',
    textSizeValue: (px) => `${px} pixels`,
    columnWidth: 'Width',
    widths: { narrow: 'Narrow', normal: 'Normal', wide: 'Wide' },
    lineSpacing: 'Line spacing',
    spacings: { compact: 'Compact', normal: 'Normal', loose: 'Loose' },
    fontFamily: 'Font',
    fonts: { sans: 'Sans', serif: 'Serif' },
    theme: 'Theme',
    themes: { system: 'System', light: 'Light', sepia: 'Sepia', dark: 'Dark' },
    menu: 'Reading settings',
    hideHere: 'Hide the outline on this article',
    hideEverywhere: 'Hide the outline on all articles',
    hiddenHere: 'The outline is hidden on this article.',
    showHere: 'Show it',
  },
};
