import { useId, useMemo, useState } from 'react';
import type { SearchHit, SearchIndex } from '../../graph/search';
import { SearchHitList } from '../search/SearchHitList';
import { useComboboxKeys } from '../search/useComboboxKeys';

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
  const id = useId();
  const text = query ?? chosenLabel;
  const hits: SearchHit[] = useMemo(() => (query ? index.search(query, 8) : []), [index, query]);
  const expanded = query !== null && query.trim() !== '';
  const pick = (hit: SearchHit | undefined) => {
    if (!hit) return;
    onPick(hit.id);
    setQuery(null);
  };
  const keys = useComboboxKeys({ hits, expanded, pick, close: () => setQuery(null) });
  const { active, setActive } = keys;
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
        onKeyDown={keys.onKeyDown}
      />
      <SearchHitList
        id={`${id}-list`}
        label={`${label} results`}
        className="search-results entity-field-results"
        query={query ?? ''}
        hits={hits}
        active={active}
        expanded={expanded}
        onPick={pick}
        onHover={setActive}
      />
    </div>
  );
}
