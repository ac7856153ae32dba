// Who spoke, at the top of the outline: each speaker's share of the words, the questions per
// outlet, the answers per respondent, as plain CSS bars. Each bar is a filter: choosing it keeps
// that speaker's (or outlet's) turns, as the speaker filter does. Names are page text, set as text.
import type { Bar, WhoSpoke as Figures } from '../../engine/who-spoke';
import type { Messages } from '../messages';

/** Bars per chart: the rest are small and in the speaker filter. */
const MAX_BARS = 8;

export interface WhoSpokeProps {
  /** The figures, asked for only when unfolded. */
  figures: () => Figures;
  filter: readonly string[];
  /** Unfolded: the charts are built only then (the panel's first render stays small). */
  open: boolean;
  t: Messages;
  toggle(speakers: string[]): void;
  unfold(open: boolean): void;
}

function Chart({ title, bars, unit, props }: { title: string; bars: Bar[]; unit: (n: number) => string; props: WhoSpokeProps }) {
  if (bars.length === 0) return null;
  return (
    <div class="chart">
      <span class="chart-title">{title}</span>
      <ul>
        {bars.slice(0, MAX_BARS).map((bar) => {
          const on = bar.speakers.every((id) => props.filter.includes(id));
          return (
            <li key={bar.label}>
              <button class="bar-row" aria-pressed={on ? 'true' : 'false'} onClick={() => props.toggle(bar.speakers)}>
                <span class="bar-label">{bar.label}</span>
                <span class="bar-track" aria-hidden="true">
                  <span class="bar-fill" style={{ width: `${Math.max(2, Math.round(bar.share * 100))}%` }} />
                </span>
                <span class="bar-value">{unit(bar.value)}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export function WhoSpoke(props: WhoSpokeProps) {
  const { open, t } = props;
  const figures = open ? props.figures() : null;
  return (
    <details class="who-spoke" open={open} onToggle={(e) => props.unfold((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{t.whoSpoke}</summary>
      {figures && <>
        <Chart title={t.wordsChart} bars={figures.words} unit={t.chars} props={props} />
        <Chart title={t.questionsChart} bars={figures.questions} unit={t.questionCount} props={props} />
        <Chart title={t.answersChart} bars={figures.answers} unit={t.answerCount} props={props} />
      </>}
    </details>
  );
}
