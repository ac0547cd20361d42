import { useEffect, useMemo, useRef, useState } from 'react';
import { composeEdits, type Edit } from '../../data/edits/apply';
import { addEntity, addRelation } from '../../data/edits/builders';
import { freeId, slug } from '../../data/edits/fromSelection';
import { usualSide } from '../../data/edits/usualSide';
import { locate, type Rec, type Workspace } from '../../data/edits/workspace';
import {
  ENTITY_TYPE_LABELS,
  type Dataset,
  type EntityType,
  type RelationTypeSpec,
  type Vocabulary,
} from '../../model';
import { useVocabulary } from '../legend/vocabularyContext';
import { PickEntity, type Picked } from './PickEntity';
import { QuoteNames } from './QuoteNames';

/** What the dialog starts from: a passage selected in an article. */
export interface RelationDraft {
  sourceId: string;
  quote: string;
  sentence?: string;
  from?: Picked;
  to?: Picked;
}

interface Props {
  draft: RelationDraft;
  dataset: Dataset;
  ws: Workspace;
  onAdd: (edit: Edit, relationId: string) => string | undefined;
  onClose: () => void;
}

// A new meeting or agreement needs a kind and a date: those are made in the JSON, not here.
const CREATABLE: EntityType[] = ['person', 'topic', 'organization', 'country', 'place'];

interface NewSide {
  type: EntityType;
  description: string;
}

function typeOf(p: Picked | undefined, dataset: Dataset, side: NewSide): string | undefined {
  if (!p) return undefined;
  if (p.kind === 'new') return side.type;
  return dataset.entities.find((e) => e.id === p.id)?.type;
}

/** The open dataset's relation types that may join these two entity types. */
function allowed(vocabulary: Vocabulary, from?: string, to?: string): RelationTypeSpec[] {
  return vocabulary.relationTypes.filter(
    (r) =>
      (!from || vocabulary.allows(r.id, 'source', from)) &&
      (!to || vocabulary.allows(r.id, 'target', to)),
  );
}

/** Meetings ordered by how many quotes of this source their relations rest on: the source's own first. */
function meetingsBySource(dataset: Dataset, sourceId: string): string[] {
  const counts = new Map<string, number>();
  for (const r of dataset.relations) {
    const n = r.evidence.filter((e) => e.source === sourceId).length;
    if (!n) continue;
    for (const id of [r.at, r.source, r.target]) {
      if (id && dataset.entities.some((e) => e.id === id && e.type === 'meeting')) {
        counts.set(id, (counts.get(id) ?? 0) + n);
      }
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([id]) => id);
}

function dateSpec(text: string): Rec | undefined {
  const t = text.trim();
  if (!t) return undefined;
  const precision = /^\d{4}$/.test(t) ? 'year' : /^\d{4}-\d{2}$/.test(t) ? 'month' : 'day';
  return { precision, value: t };
}

/**
 * The dialog "New relation": From, Relation and To (an entity field each side
 * with Create “…”), and for a statement its Meeting, Speaker and Side; the
 * quote is the selection, verbatim. Add puts it on the graph at once.
 */
export function NewRelationDialog({ draft, dataset, ws, onAdd, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const [from, setFrom] = useState<Picked | undefined>(draft.from);
  const [to, setTo] = useState<Picked | undefined>(draft.to);
  const [fromNew, setFromNew] = useState<NewSide>({ type: 'person', description: '' });
  const [toNew, setToNew] = useState<NewSide>({ type: 'topic', description: '' });
  const [type, setType] = useState('');
  const ownMeetings = useMemo(
    () => meetingsBySource(dataset, draft.sourceId),
    [dataset, draft.sourceId],
  );
  const [meeting, setMeeting] = useState<Picked | undefined>(
    ownMeetings[0] ? { kind: 'existing', id: ownMeetings[0] } : undefined,
  );
  const [speaker, setSpeaker] = useState<Picked | undefined>();
  const [side, setSide] = useState<Picked | undefined>();
  // A joint statement names both sides.
  const [otherSide, setOtherSide] = useState<Picked | undefined>();
  const [date, setDate] = useState('');
  const [error, setError] = useState<string>();
  // A statement from a known person: they are its Speaker, their usual side
  // its Side (as the validator asks), until others are chosen.
  const fromId = from?.kind === 'existing' ? from.id : undefined;
  const fromPerson = fromId && dataset.entities.some((e) => e.id === fromId && e.type === 'person');
  useEffect(() => {
    if (!fromId || !fromPerson) return;
    setSpeaker((s) => s ?? { kind: 'existing', id: fromId });
    const usual = usualSide(dataset, fromId);
    if (usual) setSide((s) => s ?? { kind: 'existing', id: usual });
  }, [fromId, fromPerson, dataset]);

  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    // From first (showModal would focus the first name in the quote).
    d?.querySelector<HTMLElement>('input[role="combobox"]')?.focus();
    return () => {
      if (d?.open) d.close();
    };
  }, []);

  const vocabulary = useVocabulary();
  const types = allowed(vocabulary, typeOf(from, dataset, fromNew), typeOf(to, dataset, toNew));
  const spec = types.find((t) => t.id === type);
  const source = dataset.sources.find((s) => s.id === draft.sourceId);

  const entityOf = (p: Picked, side: NewSide, taken: (id: string) => boolean): Rec | string => {
    if (p.kind === 'existing') return p.id;
    return {
      id: freeId(slug(p.label), taken),
      type: side.type,
      label: p.label,
      aliases: [],
      description: side.description.trim(),
    };
  };

  const add = () => {
    if (!from || !to || !spec) {
      setError('Choose From, Relation and To.');
      return;
    }
    const taken = (id: string) => Boolean(locate(ws, id));
    const a = entityOf(from, fromNew, taken);
    const b = entityOf(to, toNew, (id) => taken(id) || (typeof a !== 'string' && a.id === id));
    const fromId = typeof a === 'string' ? a : String(a.id);
    const toId = typeof b === 'string' ? b : String(b.id);
    const relationId = freeId(`${fromId}.${spec.id}.${toId}`, taken);
    const evidence: Rec = { source: draft.sourceId, quote: draft.quote };
    if (draft.sentence) evidence.sentence = draft.sentence;
    const relation: Rec = {
      id: relationId,
      type: spec.id,
      source: fromId,
      target: toId,
      date: dateSpec(date),
      evidence: [evidence],
    };
    if (spec.statement) {
      if (meeting?.kind === 'existing') relation.at = meeting.id;
      if (speaker?.kind === 'existing') relation.by = [speaker.id];
      const sides = [side, otherSide].flatMap((p) => (p?.kind === 'existing' ? [p.id] : []));
      if (sides.length) relation.on_behalf_of = [...new Set(sides)];
    }
    const steps = [
      ...(typeof a === 'string' ? [] : [(w: Workspace) => addEntity(w, a)]),
      ...(typeof b === 'string' ? [] : [(w: Workspace) => addEntity(w, b)]),
      (w: Workspace) => addRelation(w, relation),
    ];
    try {
      const failed = onAdd(composeEdits(ws, `Add relation ${relationId}`, steps), relationId);
      if (failed) setError(failed);
    } catch (e) {
      setError(e instanceof Error ? e.message.replace(/^parley\/edits: /, '') : String(e));
    }
  };

  const newSide = (label: string, value: NewSide, set: (v: NewSide) => void) => (
    <div className="curate-new-entity">
      <label>
        {label} type
        <select
          value={value.type}
          onChange={(e) => set({ ...value, type: e.target.value as EntityType })}
        >
          {CREATABLE.map((t) => (
            <option key={t} value={t}>
              {ENTITY_TYPE_LABELS[t]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {label} description
        <input
          type="text"
          value={value.description}
          onChange={(e) => set({ ...value, description: e.target.value })}
          placeholder="Your own summary, not a quote"
        />
      </label>
    </div>
  );

  return (
    <dialog
      ref={ref}
      className="curate-dialog"
      aria-labelledby="new-relation-title"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onKeyDown={(e) => {
        // Handled here, before the explorer's own Escape (clear the selection) sees it;
        // a field's open list closes first (its combobox stops the key).
        if (e.key !== 'Escape' || e.defaultPrevented) return;
        e.preventDefault();
        e.stopPropagation();
        onClose();
      }}
    >
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <h2 id="new-relation-title">New relation</h2>
        <figure className="curate-quote">
          <QuoteNames
            quote={draft.quote}
            entities={dataset.entities}
            onPick={(id) => (from ? setTo : setFrom)({ kind: 'existing', id })}
          />
          <figcaption>{source?.title ?? draft.sourceId}</figcaption>
        </figure>
        <PickEntity
          label="From"
          entities={dataset.entities}
          value={from}
          onChange={setFrom}
          canCreate
        />
        {from?.kind === 'new' && newSide('From', fromNew, setFromNew)}
        <label className="curate-field">
          Relation
          <select value={spec ? type : ''} onChange={(e) => setType(e.target.value)}>
            <option value="">{types.length ? 'Choose…' : 'None fits these types'}</option>
            {types.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
          </select>
        </label>
        <PickEntity label="To" entities={dataset.entities} value={to} onChange={setTo} canCreate />
        {to?.kind === 'new' && newSide('To', toNew, setToNew)}
        {spec?.statement && (
          <fieldset className="curate-statement">
            <legend>Statement</legend>
            <PickEntity
              label="Meeting"
              entities={dataset.entities}
              types={['meeting']}
              first={ownMeetings}
              value={meeting}
              onChange={setMeeting}
            />
            <PickEntity
              label="Speaker"
              entities={dataset.entities}
              types={['person']}
              value={speaker}
              onChange={setSpeaker}
            />
            <PickEntity
              label="Side"
              entities={dataset.entities}
              types={['country', 'organization']}
              value={side}
              onChange={setSide}
            />
            <PickEntity
              label="Other side (joint statement)"
              entities={dataset.entities}
              types={['country', 'organization']}
              value={otherSide}
              onChange={setOtherSide}
            />
          </fieldset>
        )}
        <label className="curate-field">
          Date (optional: YYYY, YYYY-MM or YYYY-MM-DD)
          <input
            type="text"
            value={date}
            onChange={(e) => setDate(e.target.value)}
            inputMode="numeric"
          />
        </label>
        {error && (
          <p className="curate-error" role="alert">
            {error}
          </p>
        )}
        <div className="curate-actions">
          <button type="submit">Add</button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
