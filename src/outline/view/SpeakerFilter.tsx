// Filter by speaker: tick one or more; the others' turns dim in the page and the outline keeps
// only the items they take part in. Names and roles are page text, set as text. Each entry also
// gives what a tag's tooltip says (the full title), for readers who cannot hover.
import type { Speaker } from '../../engine/model';
import type { Lang } from '../../engine/kind-words';
import { colourIndex, displayName, fullTitle, roleBadge } from '../../tags/speaker-view';
import type { Messages } from '../messages';

export interface FilterProps {
  speakers: readonly Speaker[];
  filter: readonly string[];
  open: boolean;
  lang: Lang;
  t: Messages;
  toggle(id: string): void;
  clear(): void;
  unfold(open: boolean): void;
}

export function SpeakerFilter({ speakers, filter, open, lang, t, toggle, clear, unfold }: FilterProps) {
  return (
    <details class="filter" open={open} onToggle={(e) => unfold((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>
        {t.filter}
        {filter.length > 0 && ` · ${t.filtered(filter.length)}`}
      </summary>
      {open && <ul>
        {speakers.map((s) => (
          <li key={s.id}>
            <label>
              <input type="checkbox" checked={filter.includes(s.id)} onChange={() => toggle(s.id)} />
              <span class={`dot c${colourIndex(s.id)}`} aria-hidden="true" />
              <span class="person">
                <span>{s.name}</span>
                <span class="role">{roleBadge(s, lang)}</span>
                {fullTitle(s, lang) !== displayName(s) && <span class="full">{fullTitle(s, lang)}</span>}
              </span>
            </label>
          </li>
        ))}
      </ul>}
      {filter.length > 0 && (
        <button class="btn" onClick={clear}>
          {t.showAll}
        </button>
      )}
    </details>
  );
}
