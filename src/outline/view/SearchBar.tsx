// Search in the transcript: "3 / 12", Enter / Shift+Enter (or the arrows) move between matches,
// Esc clears the query (and, when it is already empty, closes the panel: see Panel).
import type { Messages } from '../messages';
import { IconDown, IconUp } from './icons';

export interface SearchProps {
  query: string;
  total: number;
  current: number;
  t: Messages;
  search(query: string): void;
  step(dir: 1 | -1): void;
}

export function SearchBar({ query, total, current, t, search, step }: SearchProps) {
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      step(e.shiftKey ? -1 : 1);
    }
  };
  return (
    <div class="search" role="search">
      <input type="search" class="query" value={query} placeholder={t.searchHint} aria-label={t.search}
        onInput={(e) => search((e.currentTarget as HTMLInputElement).value)} onKeyDown={onKeyDown} />
      <span class="count" role="status">{query.trim() ? (total ? `${current + 1} / ${total}` : t.noMatches) : ''}</span>
      <button class="icon" aria-label={t.previousMatch} disabled={!total} onClick={() => step(-1)}>
        <IconUp />
      </button>
      <button class="icon" aria-label={t.nextMatch} disabled={!total} onClick={() => step(1)}>
        <IconDown />
      </button>
    </div>
  );
}
