import { useId, useState } from 'react';
import { renameId } from '../../../data/edits/builders';
import type { Workspace } from '../../../data/edits/workspace';
import type { ApplyEdit } from './EditDetails';
import { renameProblem } from './forms';

interface Props {
  id: string;
  ws: Workspace;
  apply: ApplyEdit;
  onRenamed: (to: string) => void;
}

/** "Id" and Change id everywhere: every relation, statement and qualifier using it follows. */
export function ChangeId({ id, ws, apply, onRenamed }: Props) {
  const [to, setTo] = useState(id);
  const [error, setError] = useState<string>();
  const uid = useId();
  const submit = () => {
    const problem = renameProblem(ws, id, to);
    if (problem) return setError(problem);
    const next = to.trim();
    const failed = apply(
      () => renameId(ws, id, next),
      `Changed the id ${id} to ${next} everywhere`,
    );
    if (failed) return setError(failed);
    setError(undefined);
    onRenamed(next);
  };
  return (
    <form
      className="edit-form edit-id"
      aria-label="Id"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <div className="edit-field">
        <label htmlFor={`${uid}-id`}>Id</label>
        <div className="edit-inline">
          <input
            id={`${uid}-id`}
            type="text"
            value={to}
            spellCheck={false}
            autoCapitalize="none"
            aria-invalid={error ? true : undefined}
            aria-describedby={`${uid}-id-hint`}
            onChange={(e) => {
              setTo(e.target.value);
              setError(undefined);
            }}
          />
          <button type="submit">Change id everywhere</button>
        </div>
        <span id={`${uid}-id-hint`} className="note">
          Renames it in every file that uses it (ends, meetings, speakers, sides).
        </span>
      </div>
      {error && (
        <p className="curate-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
