import { useEffect, useRef, useState } from 'react';
import { countErrors, formatProblem, type Problem } from '../../data/problems';
import { ProblemList } from '../notices/ProblemList';
import { TechnicalDetails } from '../notices/PlainErrorMessage';
import type { PlainError } from '../notices/plainError';
import './open.css';

interface Props {
  fileName: string;
  problems: readonly Problem[];
  onClose: () => void;
  /**
   * What the problems mean in plain words (a store that cannot be reached):
   * shown first, the problems folded behind "Technical details".
   */
  plain?: PlainError | undefined;
  /** The heading, when it is not a file that failed to open. */
  title?: string;
}

/**
 * Why a file did not open: every problem, where and how to fix it, in a
 * modal alert dialog. The graph behind it is unchanged.
 */
export function OpenProblemsDialog({ fileName, problems, onClose, plain, title }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    // showModal focuses the first focusable element (a "Technical details"
    // summary, or Copy problems); Close is the expected first stop.
    closeRef.current?.focus();
    return () => {
      if (d?.open) d.close();
    };
  }, []);

  const errors = countErrors(problems);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(problems.map(formatProblem).join('\n'));
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  return (
    <dialog
      ref={ref}
      className="problems-dialog"
      role="alertdialog"
      aria-labelledby="open-problems-title"
      aria-describedby="open-problems-summary"
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        // Handled here: Explorer must not also clear its selection.
        e.preventDefault();
        e.stopPropagation();
        onClose();
      }}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id="open-problems-title">{title ?? `Could not open “${fileName}”`}</h2>
      <p id="open-problems-summary">
        {errors === 1 ? '1 problem' : `${errors} problems`} — the current graph is unchanged.
      </p>
      {plain ? (
        <>
          <p className="plain-error">
            <strong>{plain.what}</strong> {plain.todo}
          </p>
          <TechnicalDetails>
            <div className="problems-scroll">
              <ProblemList problems={problems} limit={problems.length} />
            </div>
          </TechnicalDetails>
        </>
      ) : (
        <div className="problems-scroll">
          <ProblemList problems={problems} limit={problems.length} />
        </div>
      )}
      <div className="panel-actions">
        <button type="button" onClick={() => void copy()}>
          {copied ? 'Copied' : 'Copy problems'}
        </button>
        <button ref={closeRef} type="button" className="primary" onClick={onClose}>
          Close
        </button>
      </div>
    </dialog>
  );
}
