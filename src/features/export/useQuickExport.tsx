import { useMemo, useRef, useState } from 'react';
import { useCommands, type Command } from '../shortcuts';
import { PlainErrorMessage } from '../notices/PlainErrorMessage';
import { plainError, type PlainError } from '../notices/plainError';
import { downloadAll } from './download';
import { QUICK_PNG, QUICK_PNG_LABEL, describeResult } from './quickExport';
import type { ExportContext } from './runExport';

type Context = Omit<ExportContext, 'search' | 'today'>;

export type QuickState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; text: string }
  | { kind: 'error'; error: PlainError };

/**
 * "Download the current view as PNG": the E key (listed in Help) and the
 * Export panel's first button. The export code loads on demand.
 */
export function useQuickExport(context: Context) {
  const [state, setState] = useState<QuickState>({ kind: 'idle' });
  const latest = useRef({ context, state });
  latest.current = { context, state };

  const run = useMemo(
    () => async () => {
      const { context: ctx, state: now } = latest.current;
      if (now.kind === 'busy') return;
      if (!ctx.cy || ctx.visible.nodes.size === 0) {
        setState({
          kind: 'error',
          error: {
            what: 'There is no picture to make: nothing is visible.',
            todo: 'Reset the filters (or open a dataset), then export again.',
          },
        });
        return;
      }
      setState({ kind: 'busy' });
      try {
        const { runExport } = await import('./runExport');
        const result = await runExport({ ...ctx, search: window.location.search }, QUICK_PNG);
        await downloadAll(result.files);
        setState({ kind: 'done', text: describeResult(result) });
      } catch (err) {
        console.warn('Parley: the export failed', err);
        setState({
          kind: 'error',
          error: plainError(err, {
            what: 'The picture could not be made.',
            todo: 'Try again, or use Export to pick a smaller scale. The graph is unchanged.',
          }),
        });
      }
    },
    [],
  );

  const commands = useMemo<Command[]>(
    () => [
      {
        name: 'export-png',
        label: QUICK_PNG_LABEL,
        keys: ['E'],
        group: 'Export',
        perform: () => void run(),
      },
    ],
    [run],
  );
  useCommands(commands);
  return { state, run, dismiss: () => setState({ kind: 'idle' }) };
}

/**
 * What the quick export did, announced politely (a download shows itself in
 * the browser); a failure is shown, at once, until dismissed.
 */
export function QuickExportStatus({
  state,
  onDismiss,
}: {
  state: QuickState;
  onDismiss: () => void;
}) {
  return (
    <>
      <span
        className="visually-hidden"
        role="status"
        data-testid="quick-export-status"
        data-state={state.kind}
      >
        {state.kind === 'busy' && 'Preparing the PNG of the current view…'}
        {state.kind === 'done' && state.text}
      </span>
      {state.kind === 'error' && (
        <div className="popover export-quick-error">
          <PlainErrorMessage error={state.error} />
          <button type="button" onClick={onDismiss}>
            Dismiss
          </button>
        </div>
      )}
    </>
  );
}
