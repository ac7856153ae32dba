// Hiding the panel on one article (issue 16): the article's key in the `hiddenPanels` setting.
// Pure list rules; the panel's menu adds to it, the popup takes an article out again.
import { articleKey } from '../content/article-url';
import { HIDDEN_PANELS_MAX, type Settings } from '../settings/schema';

export function panelHiddenOn(settings: Pick<Settings, 'hiddenPanels'>, url: string): boolean {
  const key = articleKey(url);
  return key !== '' && settings.hiddenPanels.includes(key);
}

/** The list with the article at `url` added last; the oldest entries go beyond the maximum. */
export function hidingOn(list: readonly string[], url: string): string[] {
  const key = articleKey(url);
  if (!key) return [...list];
  return [...list.filter((k) => k !== key), key].slice(-HIDDEN_PANELS_MAX);
}

/** The list without the article at `url`. */
export function showingOn(list: readonly string[], url: string): string[] {
  const key = articleKey(url);
  return list.filter((k) => k !== key);
}
