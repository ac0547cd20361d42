import { memo } from 'react';
import { useVocabulary } from '../legend/vocabularyContext';
import './filters.css';

interface Props {
  relationCounts: Record<string, number>;
  hiddenRelations: ReadonlySet<string>;
  onToggleRelation: (type: string) => void;
  hideIsolated: boolean;
  onHideIsolated: (value: boolean) => void;
}

/** Relation types and "hide isolated". Entity types live in the legend; time in the time bar. */
export const FiltersPanel = memo(function FiltersPanel(p: Props) {
  const present = useVocabulary().relationTypes.filter((r) => (p.relationCounts[r.id] ?? 0) > 0);
  return (
    <section className="filters" aria-label="Filters">
      <h2>Filters</h2>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={p.hideIsolated}
          onChange={(e) => p.onHideIsolated(e.target.checked)}
        />
        Hide unconnected entities
      </label>
      <details className="relation-filter">
        <summary>
          Relation types (
          {present.length -
            [...p.hiddenRelations].filter((r) => present.some((x) => x.id === r)).length}
          /{present.length} shown)
        </summary>
        <ul>
          {present.map((r) => (
            <li key={r.id}>
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={!p.hiddenRelations.has(r.id)}
                  onChange={() => p.onToggleRelation(r.id)}
                />
                {r.label} <span className="count">({p.relationCounts[r.id]})</span>
              </label>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
});
