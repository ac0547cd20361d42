import { useId, useState } from 'react';
import type { Rec } from '../../../data/edits/workspace';

/**
 * A form's fields, started from a stored value and started again whenever
 * that value changes underneath (an Undo, a Redo, a rename): the form always
 * shows what the file would hold, never a stale copy.
 */
export function useFormState<F>(value: Rec, toFields: (v: Rec) => F) {
  const json = JSON.stringify(value);
  const [seen, setSeen] = useState(json);
  const [fields, setFields] = useState(() => toFields(value));
  const [error, setError] = useState<string>();
  if (seen !== json) {
    setSeen(json);
    setFields(toFields(value));
    setError(undefined);
  }
  return {
    fields,
    set: (patch: Partial<F>) => setFields((f) => ({ ...f, ...patch })),
    reset: () => {
      setFields(toFields(value));
      setError(undefined);
    },
    error,
    setError,
  };
}

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (v: string) => void;
  multiline?: boolean;
  hint?: string;
}

/** A labelled text input (or text area), with an optional hint read with it. */
export function TextField({ label, value, onChange, multiline, hint }: TextFieldProps) {
  const id = useId();
  const described = hint ? `${id}-hint` : undefined;
  return (
    <div className="edit-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea
          id={id}
          value={value}
          rows={3}
          aria-describedby={described}
          onChange={(e) => onChange(e.target.value)}
        />
      ) : (
        <input
          id={id}
          type="text"
          value={value}
          aria-describedby={described}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
      {hint && (
        <span id={described} className="note">
          {hint}
        </span>
      )}
    </div>
  );
}

/**
 * Apply changes and Revert. Never disabled (a disabled button drops the focus
 * it holds): with nothing changed they say so and do nothing.
 */
export function FormButtons({
  changed,
  error,
  onRevert,
}: {
  changed: boolean;
  error?: string;
  onRevert: () => void;
}) {
  return (
    <>
      {error && (
        <p className="curate-error" role="alert">
          {error}
        </p>
      )}
      <div className="edit-buttons">
        <button type="submit" aria-disabled={!changed} className="primary">
          Apply changes
        </button>
        <button type="button" aria-disabled={!changed} onClick={() => changed && onRevert()}>
          Revert
        </button>
        <span className="note" aria-live="polite">
          {changed ? 'Changed, not yet applied.' : ''}
        </span>
      </div>
    </>
  );
}
