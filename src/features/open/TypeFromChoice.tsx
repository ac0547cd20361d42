import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { TypeColumnChoice } from '../../data/importers/types';
import { useRetype } from './retypeContext';
import { typeFromOptions } from './typeFromOptions';
import './typeFrom.css';

interface Props {
  typeFrom: { node: TypeColumnChoice; edge: TypeColumnChoice } | undefined;
  /** The file was just read again from this select's choice: it takes focus back. */
  retyped?: 'node' | 'edge' | undefined;
}

const NONE = '';
const KINDS = [
  { which: 'node', label: 'Entity types from' },
  { which: 'edge', label: 'Relation types from' },
] as const;

/**
 * "Type from" in the load report: which column of the opened file says what
 * kind of thing each node and edge is. Applying reads the same file again
 * with the columns picked (an explicit button, so arrowing through the
 * options does not re-read the file at each step).
 */
export function TypeFromChoice({ typeFrom, retyped }: Props) {
  const retype = useRetype();
  const id = useId();
  const nodeRef = useRef<HTMLSelectElement>(null);
  const edgeRef = useRef<HTMLSelectElement>(null);
  const refs = { node: nodeRef, edge: edgeRef };
  const current = {
    node: typeFrom?.node.key ?? NONE,
    edge: typeFrom?.edge.key ?? NONE,
  };
  const [picked, setPicked] = useState(current);
  useEffect(() => {
    // Once, when the re-read dataset first shows: focus stays where the choice was made.
    const select = retyped && (retyped === 'node' ? nodeRef : edgeRef).current;
    if (!select) return;
    if (select.getClientRects().length === 0) {
      // A phone: the summary is a closed sheet in the new view; open it as its button would.
      const toggle = select
        .closest('[role="region"]')
        ?.querySelector<HTMLButtonElement>('.sheet-toggle[aria-expanded="false"]');
      toggle?.click();
      const frame = requestAnimationFrame(() => select.focus());
      return () => cancelAnimationFrame(frame);
    }
    select.focus();
  }, [retyped]);
  if (!retype || !typeFrom) return null;
  const kinds = KINDS.filter((k) => typeFromOptions(typeFrom[k.which]).length > 0);
  if (!kinds.length) return null;
  const changed = kinds.find((k) => picked[k.which] !== current[k.which]);
  const apply = (e: FormEvent) => {
    e.preventDefault();
    if (!changed) return;
    const column = (which: 'node' | 'edge') => (picked[which] === NONE ? null : picked[which]);
    retype({ node: column('node'), edge: column('edge') }, changed.which);
  };
  return (
    <form className="type-from" aria-labelledby={`${id}-h`} onSubmit={apply}>
      <h4 id={`${id}-h`}>Type from</h4>
      <p className="note">Which column of the file says what kind of thing each one is.</p>
      {kinds.map(({ which, label }) => (
        <div className="type-from-row" key={which}>
          <label htmlFor={`${id}-${which}`}>{label}</label>
          <select
            id={`${id}-${which}`}
            ref={refs[which]}
            value={picked[which]}
            onChange={(e) => setPicked({ ...picked, [which]: e.target.value })}
          >
            {typeFromOptions(typeFrom[which]).map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
            <option value={NONE}>None</option>
          </select>
        </div>
      ))}
      <button type="submit" disabled={!changed}>
        Read types again
      </button>
    </form>
  );
}
