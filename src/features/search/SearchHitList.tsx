import type { SearchHit } from '../../graph/search';
import { TypeIcon } from '../legend/TypeIcon';
import { useVocabulary } from '../legend/vocabularyContext';
import type { StoreSearchState } from './useStoreHits';

interface Props {
  /** The listbox id; each option is `${id}-${index}` (for aria-activedescendant). */
  id: string;
  label: string;
  className: string;
  query: string;
  hits: readonly (SearchHit & { fromStore?: true })[];
  active: number;
  expanded: boolean;
  onPick: (hit: SearchHit) => void;
  onHover: (index: number) => void;
  /** A store is searched too (SPARQL): how that is going. */
  storeState?: StoreSearchState | undefined;
}

const STORE_NOTES: Partial<Record<StoreSearchState, string>> = {
  searching: 'Searching the store…',
  failed: 'The store could not be searched: only what is on screen is listed.',
};

/** The result list of a search combobox (top bar, From/To fields). */
export function SearchHitList(props: Props) {
  const { id, expanded, hits, active } = props;
  // A file's own kinds in its own words (a hero is not a "Place").
  const vocabulary = useVocabulary();
  return (
    <ul
      id={id}
      role="listbox"
      aria-label={props.label}
      className={props.className}
      hidden={!expanded}
    >
      {expanded && hits.length === 0 && props.storeState !== 'searching' && (
        <li className="search-empty" role="presentation">
          No entity matches “{props.query}”
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
            // mousedown keeps focus in the input until the pick is made
            onMouseDown={(e) => {
              e.preventDefault();
              props.onPick(h);
            }}
            onMouseEnter={() => props.onHover(i)}
          >
            <TypeIcon type={h.type} />
            <span className="hit-label">{h.label}</span>
            {h.matchedAlias && <span className="hit-alias">“{h.matchedAlias}”</span>}
            <span className="hit-type">
              {vocabulary.entityLabel(h.type)}
              {h.fromStore && ' · in the store'}
            </span>
          </li>
        ))}
      {expanded && props.storeState && STORE_NOTES[props.storeState] && (
        <li className="search-empty" role="presentation">
          {STORE_NOTES[props.storeState]}
        </li>
      )}
    </ul>
  );
}
