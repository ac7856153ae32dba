// Copying a question with its answers, or the whole transcript, as Markdown with the page's header
// (the engine's documents write it). The clipboard API needs a secure page; plain-http pages fall
// back to copying from a hidden textarea inside our shadow root.
import { questionToMarkdown, toMarkdown, type DocLang, type DocumentSource } from '../engine/documents';
import type { OutlineItem } from '../engine/outline';

/** The page address without its fragment. */
export const pageUrl = (doc: Document): string => doc.URL.replace(/#.*$/, '');

/** Markdown of a question item (with every turn up to the next question), or of everything. */
export function markdownOf(source: DocumentSource, item: OutlineItem | null, lang: DocLang = 'zh'): string {
  return item?.kind === 'question' ? questionToMarkdown(source, item.number - 1, lang) : toMarkdown(source, lang);
}

function copyBySelection(scratch: ParentNode & Node, text: string): boolean {
  const doc = scratch.ownerDocument ?? (scratch as unknown as Document);
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0';
  const before = ((scratch as unknown as ShadowRoot).activeElement ?? doc.activeElement) as HTMLElement | null;
  scratch.appendChild(area);
  try {
    area.focus({ preventScroll: true });
    area.select();
    return typeof doc.execCommand === 'function' && doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    before?.focus?.({ preventScroll: true });
  }
}

/** Puts `text` on the clipboard; `scratch` is where a fallback textarea may go for a moment. */
export async function copyText(doc: Document, text: string, scratch: ParentNode & Node): Promise<boolean> {
  const clipboard = doc.defaultView?.isSecureContext ? doc.defaultView.navigator.clipboard : undefined;
  if (clipboard?.writeText) {
    try {
      await clipboard.writeText(text);
      return true;
    } catch {
      // Not focused, or refused: try the selection route below.
    }
  }
  return copyBySelection(scratch, text);
}
