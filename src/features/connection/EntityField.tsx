import { useId, useMemo, useState } from 'react';
import type { SearchHit, SearchIndex } from '../../graph/search';
import { ENTITY_TYPE_LABELS } from '../../model';
import { TypeIcon } from '../legend/TypeIcon';

interface Props {
  label: string;
  index: SearchIndex;
  /** The label of the entity chosen, shown when the field is not being edited. */
  chosenLabel: string;
  onPick: (id: string) => void;
}

/**
 * A labelled combobox over the same search index as the top bar (labels and
 * aliases, case and Vietnamese diacritics folded): type, arrow, Enter picks.
 */
export function EntityField({ label, index, chosenLabel, onPick }: Props) {
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const id = useId();
  const text = query ?? chosenLabel;
  const hits: SearchHit[] = useMemo(() => (query ? index.search(query, 8) : []), [index, query]);
  const expanded = query !== null && query.trim() !== '';
  const pick = (hit: SearchHit | undefined) => {
    if (!hit) return;
    onPick(hit.id);
    setQuery(null);
  };
  return (
    <div className="entity-field">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-activedescendant={expanded && hits[active] ? `${id}-${active}` : undefined}
        placeholder="Type a name…"
        autoComplete="off"
        value={text}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onBlur={() => setQuery(null)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((a) => Math.min(a + 1, Math.max(hits.length - 1, 0)));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((a) => Math.max(a - 1, 0));
          } else if (e.key === 'Enter') {
            e.preventDefault();
            pick(hits[active]);
          } else if (e.key === 'Escape' && expanded) {
            e.preventDefault();
            e.stopPropagation();
            setQuery(null);
          }
        }}
      />
      <ul
        id={`${id}-list`}
        role="listbox"
        aria-label={`${label} results`}
        className="search-results entity-field-results"
        hidden={!expanded}
      >
        {expanded && hits.length === 0 && (
          <li className="search-empty" role="presentation">
            No entity matches “{query}”
          </li>
        )}
        {expanded &&
          hits.map((h, i) => (
            <li
              key={h.id}
              id={`${id}-${i}`}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(h);
              }}
              onMouseEnter={() => setActive(i)}
            >
              <TypeIcon type={h.type} />
              <span className="hit-label">{h.label}</span>
              {h.matchedAlias && <span className="hit-alias">“{h.matchedAlias}”</span>}
              <span className="hit-type">{ENTITY_TYPE_LABELS[h.type]}</span>
            </li>
          ))}
      </ul>
    </div>
  );
}
