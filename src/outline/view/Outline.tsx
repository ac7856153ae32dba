// The outline list: opening, numbered questions (outlet, gist, who answered), closing. Every
// string from the page is a text child: Preact sets it as text, never as HTML.
import type { ComponentChildren } from 'preact';
import type { OutlineGroup } from '../../engine/groups';
import type { OutlineItem } from '../../engine/outline';
import type { Messages } from '../messages';
import { IconCopy, IconQuote } from './icons';

export interface OutlineProps {
  items: readonly OutlineItem[];
  /** The page's own grouping of its questions (one group per respondent), or null. */
  groups?: readonly OutlineGroup[] | null;
  visible: readonly number[];
  /** How many of `visible` the list builds (at most all); a button for the rest ends it. */
  rendered: number;
  active: number;
  copied: { key: string; ok: boolean } | null;
  t: Messages;
  go(item: number): void;
  copy(item: number): void;
  quote(item: number): void;
  /** Builds more rows (the button at the end of a long list). */
  showMore(): void;
  /** Given that button while it is in the list (null when it goes), to build more as the reader
   *  scrolls near it. */
  nearEnd(button: HTMLElement | null): void;
}

function Row({ item, index, props, grouped = false }: { item: OutlineItem; index: number; props: OutlineProps; grouped?: boolean }) {
  const { t } = props;
  const question = item.kind === 'question';
  // Under a group's heading the heading says who answers, and the asker is the page's bare `问`.
  const who = question && !grouped ? item.who : question ? '' : item.kind === 'opening' ? t.opening : t.closing;
  const copied = props.copied?.key === String(item.number) ? props.copied : null;
  const quoted = props.copied?.key === `q${item.number}` ? props.copied : null;
  return (
    <li class={`item ${item.kind}`}>
      <button class="go" data-item={index} aria-current={props.active === index ? 'location' : undefined} onClick={() => props.go(index)}>
        <span class="head">
          <span class="num">{question ? item.number : ''}</span>
          {who && <span class="who">{who}</span>}
        </span>
        {/* Opening and closing take one line: who speaks there sits where a question's answerers do. */}
        {question ? <span class="gist">{item.gist}</span> : <span class="ans">{item.who}</span>}
        {question && !grouped && item.answerers.length > 0 && (
          <span class="ans">
            {t.answeredBy}{item.answerers.join(t.listSeparator)}
          </span>
        )}
      </button>
      {question && (
        <button class="icon copy" title={copied ? (copied.ok ? t.copied : t.copyFailed) : t.copyQuestion(item.number)}
          aria-label={t.copyQuestion(item.number)} onClick={() => props.copy(index)}>
          <IconCopy />
        </button>
      )}
      {question && (
        <button class="icon quote" title={quoted ? (quoted.ok ? t.copied : t.copyFailed) : t.quoteQuestion(item.number)}
          aria-label={t.quoteQuestion(item.number)} onClick={() => props.quote(index)}>
          <IconQuote />
        </button>
      )}
    </li>
  );
}

export function Outline(props: OutlineProps) {
  const groupOf = new Map<number, OutlineGroup>();
  for (const group of props.groups ?? []) for (const i of group.items) groupOf.set(i, group);
  const rows: ComponentChildren[] = [];
  const headed = new Set<OutlineGroup>();
  const built = props.visible.slice(0, props.rendered);
  for (const i of built) {
    const group = groupOf.get(i);
    if (!group) {
      rows.push(<Row key={i} item={props.items[i]!} index={i} props={props} />);
    } else if (!headed.has(group)) {
      // A group: its heading, then its visible questions, as a list of their own.
      headed.add(group);
      const members = group.items.filter((m) => built.includes(m));
      rows.push(
        <li key={`g${i}`} class="group">
          <span class="group-head" id={`group-${i}`}>{group.label}</span>
          <ol class="grouped" aria-labelledby={`group-${i}`}>
            {members.map((m) => <Row key={m} item={props.items[m]!} index={m} props={props} grouped />)}
          </ol>
        </li>,
      );
    }
  }
  const rest = props.visible.length - built.length;
  if (rest > 0) {
    rows.push(
      <li key="more" class="more">
        <button class="btn show-more" ref={props.nearEnd} onClick={props.showMore}>{props.t.showMore(rest)}</button>
      </li>,
    );
  }
  return <ol class="items">{rows}</ol>;
}
