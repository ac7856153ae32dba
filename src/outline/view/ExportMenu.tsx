// 导出 / Export: the transcript as a Markdown, plain-text or JSON file (the engine's documents).
// A native <details> holds the open state: nothing to track here.
import type { ExportFormat } from '../../engine/documents';
import type { Messages } from '../messages';

const FORMATS: ExportFormat[] = ['markdown', 'text', 'json'];

export function ExportMenu({ t, exportAs }: { t: Messages; exportAs(format: ExportFormat): void }) {
  return (
    <details class="export">
      <summary class="btn">{t.export}</summary>
      <div class="menu" role="group" aria-label={t.export}>
        {FORMATS.map((format) => (
          <button key={format} class="btn" data-format={format} onClick={(e) => {
            (e.currentTarget as HTMLElement).closest('details')?.removeAttribute('open');
            exportAs(format);
          }}>
            {t.exportFormats[format]}
          </button>
        ))}
      </div>
    </details>
  );
}
