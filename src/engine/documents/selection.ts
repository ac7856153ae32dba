// The HTML the clipboard gets for a selection across turns: one paragraph per paragraph, a turn's
// first led by the speaker's name in <strong> and a colon (`<strong>田玉龙</strong>：…`), as the
// plain text (the selection's own words, the tags' names among them) reads. The page's words are
// escaped: they are never markup.

export interface SelectionPart {
  /** The speaker's name as the tag shows it, or null (words in no turn, or the tag not selected). */
  name: string | null;
  /** The selected words of each paragraph, in order. */
  paragraphs: string[];
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function selectionHtml(parts: readonly SelectionPart[]): string {
  return parts.flatMap((p) => p.paragraphs.filter((t) => t.trim() !== '').map((t, i) =>
    `<p>${i === 0 && p.name ? `<strong>${escapeHtml(p.name)}</strong>：` : ''}${escapeHtml(t)}</p>`)).join('');
}
