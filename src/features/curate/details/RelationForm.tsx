import { useEffect, useId, useRef, useState } from 'react';
import { editFields } from '../../../data/edits/builders';
import type { Rec, Workspace } from '../../../data/edits/workspace';
import type { Dataset } from '../../../model';
import { useVocabulary } from '../../legend/vocabularyContext';
import { PickEntity, type Picked } from '../PickEntity';
import type { ApplyEdit } from './EditDetails';
import { EvidenceEditor } from './EvidenceEditor';
import { FormButtons, TextField, useFormState } from './fields';
import {
  allowedTypes,
  fieldErrors,
  relationFields,
  relationValue,
  sameValue,
  writtenType,
} from './forms';

interface Props {
  id: string;
  value: Rec;
  dataset: Dataset;
  ws: Workspace;
  apply: ApplyEdit;
}

const picked = (id: string): Picked | undefined => (id ? { kind: 'existing', id } : undefined);
const idOf = (p: Picked | undefined) => (p?.kind === 'existing' ? p.id : '');

/**
 * A relation's type (only those the vocabulary allows between its ends),
 * ends, date, statement fields, qualifiers, note and evidence: one edit on
 * Apply changes.
 */
export function RelationForm({ id, value, dataset, ws, apply }: Props) {
  const { fields, set, reset, error, setError } = useFormState(value, relationFields);
  const vocabulary = useVocabulary();
  const uid = useId();
  const types = allowedTypes(
    vocabulary,
    writtenType(dataset, fields.source),
    writtenType(dataset, fields.target),
    String(value.type),
  );
  const spec = vocabulary.relationType(fields.type);
  const fits = types.some((t) => t.id === fields.type);
  const next = relationValue(value, fields);
  const changed = !sameValue(next, value);
  const statement =
    spec?.statement || fields.at || fields.by.some(Boolean) || fields.sides.some(Boolean);
  // A qualifier row just added gets the focus (its key first).
  const [focusRow, setFocusRow] = useState<number>();
  const rows = useRef<HTMLDivElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusRow === undefined) return;
    rows.current?.querySelectorAll('select')[focusRow]?.focus();
    setFocusRow(undefined);
  }, [focusRow]);

  const setList = (key: 'by' | 'sides', i: number, p: Picked | undefined) => {
    const list = [...fields[key]];
    list[i] = idOf(p);
    set({ [key]: list });
  };
  const submit = () => {
    const errors = fieldErrors(fields);
    if (!fits)
      errors.push(
        `Relation: “${fields.type}” cannot join these ends by the vocabulary: choose one of the types listed.`,
      );
    if (!fields.source || !fields.target) errors.push('From and To: choose an entity for each.');
    if (errors.length) return setError(errors.join(' '));
    if (!changed) return setError(undefined);
    setError(
      apply(() => editFields(ws, id, next, `Edit relation ${id}`), `Applied the changes to ${id}`),
    );
  };
  const keys = vocabulary.qualifiers;

  return (
    <form
      className="edit-form"
      aria-label="Relation fields"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <PickEntity
        label="From"
        entities={dataset.entities}
        value={picked(fields.source)}
        onChange={(p) => set({ source: idOf(p) })}
      />
      <div className="edit-field">
        <label htmlFor={`${uid}-type`}>Relation</label>
        <select
          id={`${uid}-type`}
          value={fields.type}
          onChange={(e) => set({ type: e.target.value })}
          aria-describedby={`${uid}-type-hint`}
        >
          {types.map((t) => (
            <option key={t.id} value={t.id}>
              {t.label}
              {t.id === value.type && !fits ? ' (does not fit these ends)' : ''}
            </option>
          ))}
        </select>
        <span id={`${uid}-type-hint`} className="note">
          Only the types the vocabulary allows from {writtenType(dataset, fields.source) ?? '…'} to{' '}
          {writtenType(dataset, fields.target) ?? '…'}.
        </span>
      </div>
      <PickEntity
        label="To"
        entities={dataset.entities}
        value={picked(fields.target)}
        onChange={(p) => set({ target: idOf(p) })}
      />
      <div className="edit-pair">
        <TextField
          label="Date"
          value={fields.date}
          onChange={(date) => set({ date })}
          hint="YYYY, YYYY-MM or YYYY-MM-DD; empty when the relation has no date of its own"
        />
        <TextField
          label="Date note"
          value={fields.dateNote}
          onChange={(dateNote) => set({ dateNote })}
        />
      </div>
      {statement && (
        <fieldset className="curate-statement">
          <legend>{spec?.statement ? 'Statement' : 'Meeting, speakers and sides'}</legend>
          <PickEntity
            label="Meeting"
            entities={dataset.entities}
            types={['meeting']}
            value={picked(fields.at)}
            onChange={(p) => set({ at: idOf(p) })}
          />
          <PickEntity
            label="Speaker"
            entities={dataset.entities}
            types={['person']}
            value={picked(fields.by[0] ?? '')}
            onChange={(p) => setList('by', 0, p)}
          />
          <PickEntity
            label="Other speaker"
            entities={dataset.entities}
            types={['person']}
            value={picked(fields.by[1] ?? '')}
            onChange={(p) => setList('by', 1, p)}
          />
          <PickEntity
            label="Side"
            entities={dataset.entities}
            types={['country', 'organization']}
            value={picked(fields.sides[0] ?? '')}
            onChange={(p) => setList('sides', 0, p)}
          />
          <PickEntity
            label="Other side (joint statement)"
            entities={dataset.entities}
            types={['country', 'organization']}
            value={picked(fields.sides[1] ?? '')}
            onChange={(p) => setList('sides', 1, p)}
          />
        </fieldset>
      )}
      <fieldset className="edit-qualifiers">
        <legend>Qualifiers</legend>
        <div ref={rows}>
          {fields.qualifiers.map(([k, v], i) => (
            <div className="edit-inline" key={i}>
              <select
                aria-label={`Qualifier ${i + 1} key`}
                value={k}
                onChange={(e) =>
                  set({
                    qualifiers: fields.qualifiers.map((q, j) =>
                      j === i ? [e.target.value, q[1]] : q,
                    ),
                  })
                }
              >
                <option value="">Choose…</option>
                {(keys.includes(k) || !k ? keys : [k, ...keys]).map((key) => (
                  <option key={key} value={key}>
                    {key.replace(/_/g, ' ')}
                  </option>
                ))}
              </select>
              <input
                type="text"
                aria-label={`Qualifier ${i + 1} value`}
                value={v}
                onChange={(e) =>
                  set({
                    qualifiers: fields.qualifiers.map((q, j) =>
                      j === i ? [q[0], e.target.value] : q,
                    ),
                  })
                }
              />
              <button
                type="button"
                className="link-button"
                aria-label={`Remove qualifier ${k ? k.replace(/_/g, ' ') : i + 1}`}
                onClick={() => {
                  set({ qualifiers: fields.qualifiers.filter((_, j) => j !== i) });
                  // Focus the row that takes its place, else Add qualifier.
                  const left = fields.qualifiers.length - 1;
                  if (left > 0) setFocusRow(Math.min(i, left - 1));
                  else addButton.current?.focus();
                }}
              >
                Remove
              </button>
            </div>
          ))}
        </div>
        <button
          ref={addButton}
          type="button"
          onClick={() => {
            set({ qualifiers: [...fields.qualifiers, ['', '']] });
            setFocusRow(fields.qualifiers.length);
          }}
        >
          Add qualifier
        </button>
      </fieldset>
      <TextField label="Note" multiline value={fields.note} onChange={(note) => set({ note })} />
      <EvidenceEditor
        evidence={fields.evidence}
        dataset={dataset}
        ws={ws}
        onRemove={(i) => set({ evidence: fields.evidence.filter((_, j) => j !== i) })}
      />
      <FormButtons changed={changed} error={error} onRevert={reset} />
    </form>
  );
}
