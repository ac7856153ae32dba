// What the clipboard gets for a selection across turns: one `名字：发言` line per turn (paragraphs
// kept, a line each), as text/plain and as text/html with the name in <strong>. The page's words
// are escaped for the HTML: they are never markup.

export interface SelectionPart {
  /** The speaker's name as the tag shows it, or null for words in no turn (a heading). */
  name: string | null;
  /** The selected words of each paragraph, in order. */
  paragraphs: string[];
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function selectionClipboard(parts: readonly SelectionPart[]): { text: string; html: string } {
  const kept = parts.map((p) => ({ ...p, paragraphs: p.paragraphs.filter((t) => t.trim() !== '') })).filter((p) => p.paragraphs.length);
  const text = kept.flatMap((p) => p.paragraphs.map((t, i) => (i === 0 && p.name ? `${p.name}：${t}` : t))).join('\n');
  const html = kept.flatMap((p) => p.paragraphs.map((t, i) =>
    `<p>${i === 0 && p.name ? `<strong>${escapeHtml(p.name)}</strong>：` : ''}${escapeHtml(t)}</p>`)).join('');
  return { text, html };
}
