// The outline list: opening, numbered questions (outlet, gist, who answered), closing. Every
// string from the page is a text child: Preact sets it as text, never as HTML.
import type { OutlineItem } from '../../engine/outline';
import type { Messages } from '../messages';
import { IconCopy } from './icons';

export interface OutlineProps {
  items: readonly OutlineItem[];
  visible: readonly number[];
  active: number;
  copied: { key: string; ok: boolean } | null;
  t: Messages;
  go(item: number): void;
  copy(item: number): void;
}

function Row({ item, index, props }: { item: OutlineItem; index: number; props: OutlineProps }) {
  const { t } = props;
  const question = item.kind === 'question';
  const copied = props.copied?.key === String(item.number) ? props.copied : null;
  return (
    <li class={`item ${item.kind}`}>
      <button class="go" data-item={index} aria-current={props.active === index ? 'location' : undefined} onClick={() => props.go(index)}>
        <span class="head">
          <span class="num">{question ? item.number : ''}</span>
          <span class="who">{question ? item.who : item.kind === 'opening' ? t.opening : t.closing}</span>
        </span>
        <span class="gist">{question ? item.gist : item.who}</span>
        {question && item.answerers.length > 0 && (
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
    </li>
  );
}

export function Outline(props: OutlineProps) {
  return (
    <ol class="items">
      {props.visible.map((i) => (
        <Row key={i} item={props.items[i]!} index={i} props={props} />
      ))}
    </ol>
  );
}
