import type { ExportContext } from './runExport';
import { useEffect, useId, useRef, useState } from 'react';
import { PlainErrorMessage } from '../notices/PlainErrorMessage';
import { plainError, type PlainError } from '../notices/plainError';
import { downloadAll } from './download';
import {
  BACKGROUND_LABELS,
  DATA_FORMATS,
  DATA_FORMAT_LABELS,
  DEFAULT_EXPORT_OPTIONS,
  IMAGE_FORMATS,
  IMAGE_FORMAT_LABELS,
  PAGE_FORMAT_LABELS,
  RDF_FORMATS,
  RDF_FORMAT_LABELS,
  SCALES,
  SCOPE_LABELS,
  backgroundAllowed,
  carriesPositions,
  isImageFormat,
  normalizeOptions,
  type Background,
  type ExportFormat,
  type ExportOptions,
  type Scope,
} from './options';
import { usePopover } from '../popover/usePopover';
import { PUBLISHED } from '../publish/published';
import { QUICK_PNG_LABEL, describeResult } from './quickExport';
import { QuickExportStatus, useQuickExport } from './useQuickExport';
import './export.css';

/** What the menu needs: the export context, less what it reads itself (address, date). */
type Props = Omit<ExportContext, 'search' | 'today'>;

type Status =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; text: string; width?: number; height?: number; files: string[]; ms: number }
  | { kind: 'error'; error: PlainError };

const loadRunner = () => import('./runExport');

/**
 * The Export button and its panel: images (PNG, JPEG, SVG) and data
 * (graphology JSON, GEXF, GraphML, .cyjs, CSV) of the whole graph or the
 * current view. The work is loaded on demand (see runExport.ts).
 */
export function ExportMenu({ cy, graph, dataset, visible, describe, defaultTitle, page }: Props) {
  const { open, anchorRef, panelId, trigger } = usePopover();
  const [options, setOptions] = useState<ExportOptions>(DEFAULT_EXPORT_OPTIONS);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const quickRef = useRef<HTMLButtonElement>(null);
  const ids = useId();

  useEffect(() => {
    if (!open) return;
    quickRef.current?.focus();
    void loadRunner(); // warm the chunk while options are picked
  }, [open]);

  const set = <K extends keyof ExportOptions>(key: K, value: ExportOptions[K]) =>
    setOptions((o) => normalizeOptions({ ...o, [key]: value }));

  const image = isImageFormat(options.format);
  const html = options.format === 'html';
  const nothingVisible = visible.nodes.size === 0;
  const disabled = status.kind === 'busy' || (image && (!cy || nothingVisible));

  const context = { cy, graph, dataset, visible, describe, defaultTitle };
  const quick = useQuickExport(context);

  const onSubmit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (disabled) return;
    setStatus({ kind: 'busy' });
    try {
      const { runExport } = await loadRunner();
      const result = await runExport(
        {
          cy,
          graph,
          dataset,
          visible,
          describe,
          defaultTitle,
          search: window.location.search,
          ...(page ? { page } : {}),
        },
        options,
      );
      await downloadAll(result.files);
      setStatus({
        kind: 'done',
        text: describeResult(result),
        files: result.files.map((f) => f.name),
        ms: Math.round(result.ms),
        ...(result.image ? { width: result.image.width, height: result.image.height } : {}),
      });
    } catch (err) {
      console.warn('Parley: the export failed', err);
      setStatus({
        kind: 'error',
        error: plainError(err, {
          what: image ? 'The picture could not be made.' : 'The file could not be made.',
          todo: image
            ? 'Try again, or pick a smaller scale or another format. The graph is unchanged.'
            : 'Try again, or pick another format. The graph is unchanged.',
        }),
      });
    }
  };

  // Escape closes the panel wherever focus is (also after a download moved it).

  const scopeHint =
    options.scope === 'whole'
      ? image
        ? 'Everything the filters leave visible, whatever the zoom.'
        : `All ${graph.order} entities and ${graph.size} relations, filters ignored.`
      : image
        ? 'Exactly what the window shows.'
        : `The ${visible.nodes.size} entities and ${visible.edges.size} relations the filters leave visible.`;

  return (
    <div className="menu-anchor" ref={anchorRef}>
      <button {...trigger} title="Export (E downloads the current view as PNG)">
        Export
      </button>
      <QuickExportStatus state={quick.state} onDismiss={quick.dismiss} />
      {open && (
        <div id={panelId} className="popover export-panel" role="dialog" aria-label="Export">
          {/* The default: Export, Enter, Enter downloads what the window shows. */}
          <button
            ref={quickRef}
            type="button"
            className="primary export-quick"
            aria-disabled={quick.state.kind === 'busy'}
            aria-keyshortcuts="E"
            onClick={() => void quick.run()}
          >
            PNG of the current view{' '}
            <kbd aria-hidden="true" title={QUICK_PNG_LABEL}>
              E
            </kbd>
          </button>
          <form onSubmit={(e) => void onSubmit(e)}>
            <label className="field">
              <span>Format</span>
              <select
                value={options.format}
                onChange={(e) => set('format', e.target.value as ExportFormat)}
              >
                <optgroup label="Image">
                  {IMAGE_FORMATS.map((f) => (
                    <option key={f} value={f}>
                      {IMAGE_FORMAT_LABELS[f]}
                    </option>
                  ))}
                </optgroup>
                <optgroup label="Data">
                  {DATA_FORMATS.map((f) => (
                    <option key={f} value={f}>
                      {DATA_FORMAT_LABELS[f]}
                    </option>
                  ))}
                </optgroup>
                {!PUBLISHED && (
                  <optgroup label="Linked data (RDF)">
                    {RDF_FORMATS.map((f) => (
                      <option key={f} value={f}>
                        {RDF_FORMAT_LABELS[f]}
                      </option>
                    ))}
                  </optgroup>
                )}
                {!PUBLISHED && page && (
                  <optgroup label="Page">
                    <option value="html">{PAGE_FORMAT_LABELS.html}</option>
                  </optgroup>
                )}
              </select>
            </label>
            {html ? (
              <p className="hint" id={`${ids}-page-hint`}>
                One HTML file with the explorer, the whole dataset, its source texts and this view.
                It opens from disk in any browser, offline; the address may add embed=1 for an
                iframe.
              </p>
            ) : (
              <fieldset className="field-group" aria-describedby={`${ids}-scope-hint`}>
                <legend>Scope</legend>
                {(['whole', 'view'] as Scope[]).map((s) => (
                  <label key={s} className="checkbox">
                    <input
                      type="radio"
                      name={`${ids}-scope`}
                      value={s}
                      checked={options.scope === s}
                      onChange={() => set('scope', s)}
                    />
                    {SCOPE_LABELS[s]}
                  </label>
                ))}
                <p id={`${ids}-scope-hint`} className="hint">
                  {scopeHint}
                </p>
              </fieldset>
            )}
            {image ? (
              <>
                <div className="field-row">
                  <label className="field">
                    <span>Scale</span>
                    <select
                      value={options.scale}
                      onChange={(e) =>
                        set('scale', Number(e.target.value) as ExportOptions['scale'])
                      }
                    >
                      {SCALES.map((s) => (
                        <option key={s} value={s}>
                          {s}×
                        </option>
                      ))}
                    </select>
                  </label>
                  <label className="field">
                    <span>Background</span>
                    <select
                      value={options.background}
                      onChange={(e) => set('background', e.target.value as Background)}
                    >
                      {(Object.keys(BACKGROUND_LABELS) as Background[]).map((b) => (
                        <option key={b} value={b} disabled={!backgroundAllowed(options.format, b)}>
                          {BACKGROUND_LABELS[b]}
                          {!backgroundAllowed(options.format, b) ? ' (not in JPEG)' : ''}
                        </option>
                      ))}
                    </select>
                  </label>
                </div>
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={options.caption}
                    onChange={(e) => set('caption', e.target.checked)}
                    aria-describedby={`${ids}-caption-hint`}
                  />
                  Caption
                </label>
                <p id={`${ids}-caption-hint`} className="hint">
                  Title, legend of the types shown, active filters and sources, below the graph.
                </p>
                {options.caption && (
                  <label className="field">
                    <span>Caption title</span>
                    <input
                      type="text"
                      value={options.title}
                      placeholder={defaultTitle}
                      maxLength={200}
                      onChange={(e) => set('title', e.target.value)}
                    />
                  </label>
                )}
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={options.highlights}
                    onChange={(e) => set('highlights', e.target.checked)}
                  />
                  Keep highlights (selection)
                </label>
              </>
            ) : (
              !html &&
              carriesPositions(options.format) && (
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={options.positions}
                    onChange={(e) => set('positions', e.target.checked)}
                  />
                  Include layout positions
                </label>
              )
            )}
            <div className="panel-actions">
              {/* aria-disabled, not disabled: the button keeps focus while busy. */}
              <button type="submit" className="primary" aria-disabled={disabled}>
                {status.kind === 'busy' ? 'Exporting…' : 'Download'}
              </button>
            </div>
            {image && nothingVisible && (
              <p className="hint">Nothing is visible: reset the filters to export a picture.</p>
            )}
            <p
              className="export-status"
              role="status"
              data-testid="export-status"
              data-state={status.kind}
              data-width={status.kind === 'done' ? status.width : undefined}
              data-height={status.kind === 'done' ? status.height : undefined}
              data-files={status.kind === 'done' ? status.files.join(' ') : undefined}
              data-ms={status.kind === 'done' ? status.ms : undefined}
            >
              {status.kind === 'done' ? status.text : ''}
              {status.kind === 'busy' ? 'Preparing the export…' : ''}
            </p>
            {status.kind === 'error' && (
              <PlainErrorMessage className="export-error" error={status.error} />
            )}
          </form>
        </div>
      )}
    </div>
  );
}
