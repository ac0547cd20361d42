import type { ReactNode } from 'react';
import type { PlainError } from './plainError';

interface Props {
  error: PlainError;
  /** Extra class on the box (its place in a panel). */
  className?: string;
  /** `alert` (default) announces it at once; `none` when a dialog already does. */
  role?: 'alert' | 'none';
}

/** The raw text of an error (or a list of problems), behind a disclosure: for bug reports, not for reading. */
export function TechnicalDetails({ detail, children }: { detail?: string; children?: ReactNode }) {
  return (
    <details className="crash-detail">
      <summary>Technical details</summary>
      {detail !== undefined && <code>{detail}</code>}
      {children}
    </details>
  );
}

/** An error in plain words: what happened, what to do, then the technical details. */
export function PlainErrorMessage({ error, className, role = 'alert' }: Props) {
  return (
    <div
      className={['plain-error', className].filter(Boolean).join(' ')}
      role={role === 'alert' ? 'alert' : undefined}
    >
      <p>
        <strong>{error.what}</strong> {error.todo}
      </p>
      {error.detail && <TechnicalDetails detail={error.detail} />}
    </div>
  );
}
