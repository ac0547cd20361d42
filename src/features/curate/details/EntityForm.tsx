import { useId, useRef, useState } from 'react';
import { editFields } from '../../../data/edits/builders';
import type { Rec, Workspace } from '../../../data/edits/workspace';
import type { Dataset } from '../../../model';
import type { ApplyEdit } from './EditDetails';
import { FormButtons, TextField, useFormState } from './fields';
import { entityFields, entityValue, fieldErrors, sameValue } from './forms';

interface Props {
  id: string;
  value: Rec;
  dataset: Dataset;
  ws: Workspace;
  apply: ApplyEdit;
}

/** Meetings and agreements carry a date; the other types have none in the schema. */
const DATED = new Set(['meeting', 'agreement']);

/** An entity's label, aliases, description, date and note: one edit on Apply changes. */
export function EntityForm({ id, value, dataset, ws, apply }: Props) {
  const { fields, set, reset, error, setError } = useFormState(value, entityFields);
  const [alias, setAlias] = useState('');
  const aliasInput = useRef<HTMLInputElement>(null);
  const uid = useId();
  const builtIn = dataset.entities.find((e) => e.id === id)?.type ?? String(value.type);
  const next = entityValue(value, fields);
  const changed = !sameValue(next, value);

  const addAlias = () => {
    const a = alias.trim();
    if (!a) return;
    if (a === fields.label.trim() || fields.aliases.includes(a)) {
      setError(`“${a}” is already a name of this entity.`);
      return;
    }
    set({ aliases: [...fields.aliases, a] });
    setAlias('');
    setError(undefined);
  };
  const removeAlias = (a: string) => {
    set({ aliases: fields.aliases.filter((x) => x !== a) });
    // The button pressed is gone: focus the field that adds one.
    aliasInput.current?.focus();
  };
  const submit = () => {
    const errors = fieldErrors(fields);
    if (errors.length) return setError(errors.join(' '));
    if (!changed) return setError(undefined);
    const label = fields.label.trim();
    setError(
      apply(() => editFields(ws, id, next, `Edit ${label}`), `Applied the changes to ${label}`),
    );
  };

  return (
    <form
      className="edit-form"
      aria-label="Entity fields"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <TextField label="Label" value={fields.label} onChange={(label) => set({ label })} />
      <fieldset className="edit-aliases">
        <legend>Aliases</legend>
        {fields.aliases.length === 0 ? (
          <p className="note">No aliases.</p>
        ) : (
          <ul>
            {fields.aliases.map((a) => (
              <li key={a}>
                <span>{a}</span>
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Remove alias ${a}`}
                  onClick={() => removeAlias(a)}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="edit-inline">
          <label htmlFor={`${uid}-alias`} className="visually-hidden">
            New alias
          </label>
          <input
            ref={aliasInput}
            id={`${uid}-alias`}
            type="text"
            value={alias}
            placeholder="New alias"
            onChange={(e) => setAlias(e.target.value)}
            onKeyDown={(e) => {
              // Enter here adds the alias; it does not apply the whole form.
              if (e.key === 'Enter') {
                e.preventDefault();
                addAlias();
              }
            }}
          />
          {/* Not "Add alias": that is the Article selection's action, beside it on the page. */}
          <button type="button" onClick={addAlias}>
            Add to aliases
          </button>
        </div>
      </fieldset>
      <TextField
        label="Description"
        multiline
        value={fields.description}
        onChange={(description) => set({ description })}
        hint="Your own summary, not a quote."
      />
      {(DATED.has(builtIn) || fields.date || fields.dateNote) && (
        <div className="edit-pair">
          <TextField
            label="Date"
            value={fields.date}
            onChange={(date) => set({ date })}
            hint="YYYY, YYYY-MM or YYYY-MM-DD"
          />
          <TextField
            label="Date note"
            value={fields.dateNote}
            onChange={(dateNote) => set({ dateNote })}
          />
        </div>
      )}
      <TextField label="Note" multiline value={fields.note} onChange={(note) => set({ note })} />
      <FormButtons changed={changed} error={error} onRevert={reset} />
    </form>
  );
}
