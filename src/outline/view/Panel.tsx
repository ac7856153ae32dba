// The whole panel as a function of its state: a side panel (wide screens) or a bottom sheet
// (narrow), or, when closed, the slim tab / the button that opens it. Pure: no page access here.
import type { Lang } from '../../engine/kind-words';
import type { Messages } from '../messages';
import { visibleItems, type PanelData, type PanelState } from '../state';
import type { ExportFormat } from '../../engine/documents';
import { ExportMenu } from './ExportMenu';
import type { LookMessages } from '../../look/messages';
import { IconCopy } from './icons';
import { Outline } from './Outline';
import { PanelFrame, type FrameActions } from './PanelFrame';
import { SearchBar } from './SearchBar';
import { SpeakerFilter } from './SpeakerFilter';
import { WhoSpoke } from './WhoSpoke';

export interface PanelActions extends FrameActions {
  go(item: number): void;
  search(query: string): void;
  step(dir: 1 | -1): void;
  toggleSpeaker(id: string): void;
  /** A who-spoke bar: keeps these speakers' turns, or lets them go when all are kept. */
  toggleSpeakers(ids: string[]): void;
  clearFilter(): void;
  unfoldFilter(open: boolean): void;
  unfoldWhoSpoke(open: boolean): void;
  /** Copy one question item, or everything (null). */
  copy(item: number | null): void;
  /** Copy one question item with its answers as a quote. */
  quote(item: number): void;
  /** Download the transcript as a file. */
  exportAs(format: ExportFormat): void;
  /** The outline's rows: more of a long list, by its button or as the reader nears its end. */
  showMore(): void;
  nearEnd(button: HTMLElement | null): void;
}

export interface PanelProps {
  data: PanelData;
  state: PanelState;
  lang: Lang;
  t: Messages;
  /** The menu's words (src/look/messages.ts). */
  lookT: LookMessages;
  on: PanelActions;
}

export const PANEL_ID = 'sfr-outline';

export function Panel({ data, state, lang, t, lookT, on }: PanelProps) {
  // Esc in the search field clears it and leaves it for the panel.
  const onEscape = (e: KeyboardEvent) => {
    if (!(e.target as Element).classList?.contains('query')) return false;
    if (state.query) on.search('');
    (e.currentTarget as HTMLElement).focus({ preventScroll: true });
    return true;
  };
  const tools = (
    <>
      <button class="btn copy-all" onClick={() => on.copy(null)}>
        <IconCopy />
        {t.copyAll}
      </button>
      <ExportMenu t={t} exportAs={on.exportAs} />
    </>
  );
  const visible = visibleItems(data.items, state.filter);
  const status = <span class="note" role="status">{state.copied ? (state.copied.ok ? t.copied : t.copyFailed) : ''}</span>;
  return (
    <PanelFrame id={PANEL_ID} label={t.panel} title={data.title} counts={t.counts(data.questions, data.speakers.length)}
      state={state} t={t} lookT={lookT} on={on} tools={tools} status={status} onEscape={onEscape}>
      <SearchBar query={state.query} total={state.total} current={state.current} t={t} search={on.search} step={on.step} />
      <SpeakerFilter speakers={data.speakers} filter={state.filter} open={state.filterOpen} lang={lang} t={t}
        toggle={on.toggleSpeaker} clear={on.clearFilter} unfold={on.unfoldFilter} />
      {/* At the top of the outline: who spoke, each bar a filter. */}
      {data.whoSpoke && <WhoSpoke figures={data.whoSpoke} filter={state.filter} open={state.whoSpokeOpen} t={t}
        toggle={on.toggleSpeakers} unfold={on.unfoldWhoSpoke} />}
      <Outline items={data.items} groups={data.groups} visible={visible} rendered={state.shown}
        active={state.active} copied={state.copied} t={t} go={on.go} copy={on.copy} quote={on.quote} showMore={on.showMore} nearEnd={on.nearEnd} />
    </PanelFrame>
  );
}
