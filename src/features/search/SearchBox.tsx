import { forwardRef, useId, useImperativeHandle, useMemo, useRef, useState } from 'react';
import type { SearchHit, SearchIndex } from '../../graph/search';
import { SearchHitList } from './SearchHitList';
import { useComboboxKeys } from './useComboboxKeys';
import { useStoreHits, type StoreHit, type StoreSearch } from './useStoreHits';
import './search.css';

export interface SearchBoxHandle {
  focus(): void;
}

interface Props {
  index: SearchIndex;
  onPick: (id: string) => void;
  /** A store behind the graph (SPARQL): its matches follow the graph's own. */
  store?: StoreSearch | undefined;
}

/** An ARIA combobox: type, arrow through results, Enter picks. */
export const SearchBox = forwardRef<SearchBoxHandle, Props>(function SearchBox(
  { index, onPick, store },
  ref,
) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const local: SearchHit[] = useMemo(() => index.search(query, 12), [index, query]);
  const fromStore = useStoreHits(query, store);
  const hits: (SearchHit | StoreHit)[] = useMemo(
    () => (fromStore.hits.length ? [...local, ...fromStore.hits] : local),
    [local, fromStore.hits],
  );

  useImperativeHandle(ref, () => ({
    focus() {
      inputRef.current?.focus();
      inputRef.current?.select();
    },
  }));

  const pick = (hit: SearchHit | StoreHit | undefined) => {
    if (!hit) return;
    if ('fromStore' in hit && store) store.pick(hit.id);
    else onPick(hit.id);
    setOpen(false);
    setQuery(hit.label);
  };

  const expanded = open && query.trim() !== '';
  const keys = useComboboxKeys({
    hits,
    expanded,
    pick,
    close: () => setOpen(false),
    open: () => setOpen(true),
    onIdleEscape: () => inputRef.current?.blur(),
  });
  const { active, setActive } = keys;
  return (
    <div className="search" role="search">
      <input
        ref={inputRef}
        type="search"
        role="combobox"
        aria-label="Search"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && hits[active] ? `${listId}-${active}` : undefined}
        placeholder="Search people, meetings, topics…  ( / )"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={keys.onKeyDown}
      />
      <SearchHitList
        id={listId}
        label="Search results"
        className="search-results"
        query={query}
        hits={hits}
        active={active}
        expanded={expanded}
        onPick={pick}
        onHover={setActive}
        storeState={store ? fromStore.state : undefined}
      />
    </div>
  );
});
