import { useId, useMemo, useState } from 'react';
import { foldText } from '../../data/text';
import type { Entity } from '../../model';
import { useComboboxKeys } from '../search/useComboboxKeys';

export type Picked = { kind: 'existing'; id: string } | { kind: 'new'; label: string };

interface Props {
  label: string;
  entities: readonly Entity[];
  value: Picked | undefined;
  onChange: (v: Picked | undefined) => void;
  /** Words to start from (the selection). */
  suggestion?: string;
  /** Offer Create “…” (From and To); Meeting, Speaker and Side pick existing ones only. */
  canCreate?: boolean;
  /** Entity types to list, when the field takes only some (Meeting: meetings). */
  types?: readonly string[];
  /** Ids offered first (Meeting: the meetings of the quote's own source). */
  first?: readonly string[];
}

type Option = { kind: 'existing'; entity: Entity } | { kind: 'new'; label: string };

function matches(
  entities: readonly Entity[],
  query: string,
  types?: readonly string[],
  first: readonly string[] = [],
): Entity[] {
  const q = foldText(query.trim());
  const rank = (e: Entity) => (first.includes(e.id) ? first.indexOf(e.id) : first.length);
  const pool = (types ? entities.filter((e) => types.includes(e.type)) : entities)
    .slice()
    .sort((a, b) => rank(a) - rank(b));
  if (!q) return pool.slice(0, 8);
  return pool
    .filter((e) => [e.label, ...(e.aliases ?? [])].some((n) => foldText(n).includes(q)))
    .slice(0, 8);
}

/**
 * A combobox over the dataset's entities (names and aliases, case and
 * diacritics folded) that also offers Create “…” for the words typed.
 */
export function PickEntity({
  label,
  entities,
  value,
  onChange,
  suggestion,
  canCreate,
  types,
  first,
}: Props) {
  const id = useId();
  const chosen =
    value?.kind === 'existing'
      ? (entities.find((e) => e.id === value.id)?.label ?? value.id)
      : value?.kind === 'new'
        ? value.label
        : '';
  const [query, setQuery] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const text = query ?? chosen;
  const options: Option[] = useMemo(() => {
    const found = matches(entities, query ?? '', types, first).map((entity): Option => ({
      kind: 'existing',
      entity,
    }));
    const words = (query ?? suggestion ?? '').trim();
    const exact = found.some(
      (o) => o.kind === 'existing' && foldText(o.entity.label) === foldText(words),
    );
    return canCreate && words && !exact ? [...found, { kind: 'new', label: words }] : found;
  }, [entities, query, suggestion, canCreate, types, first]);
  const pick = (o: Option | undefined) => {
    if (!o) return;
    onChange(o.kind === 'existing' ? { kind: 'existing', id: o.entity.id } : o);
    setQuery(null);
    setOpen(false);
  };
  const keys = useComboboxKeys({
    hits: options,
    expanded: open,
    pick,
    close: () => setOpen(false),
    open: () => setOpen(true),
  });
  return (
    <div className="curate-field">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        aria-activedescendant={open && options[keys.active] ? `${id}-${keys.active}` : undefined}
        autoComplete="off"
        placeholder="Type a name…"
        value={text}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          keys.setActive(0);
          if (!e.target.value) onChange(undefined);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => {
          setOpen(false);
          setQuery(null);
        }}
        onKeyDown={keys.onKeyDown}
      />
      <ul id={`${id}-list`} role="listbox" aria-label={`${label} choices`} hidden={!open}>
        {options.map((o, i) => (
          <li
            key={o.kind === 'existing' ? o.entity.id : `new:${o.label}`}
            id={`${id}-${i}`}
            role="option"
            aria-selected={i === keys.active}
            className={i === keys.active ? 'active' : undefined}
            // Picked before the input's blur closes the list.
            onMouseDown={(e) => {
              e.preventDefault();
              pick(o);
            }}
          >
            {o.kind === 'existing' ? (
              <>
                {o.entity.label} <span className="curate-type">{o.entity.type}</span>
              </>
            ) : (
              <>Create “{o.label}”</>
            )}
          </li>
        ))}
        {options.length === 0 && <li className="curate-none">No match</li>}
      </ul>
    </div>
  );
}
