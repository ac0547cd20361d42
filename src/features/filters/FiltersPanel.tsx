import { memo } from 'react';
import { RELATION_TYPES } from '../../model';

interface Props {
  relationCounts: Record<string, number>;
  hiddenRelations: ReadonlySet<string>;
  onToggleRelation: (type: string) => void;
  bounds: readonly [number, number] | undefined;
  years: readonly [number, number] | undefined;
  onYears: (years: readonly [number, number] | undefined) => void;
  hideIsolated: boolean;
  onHideIsolated: (value: boolean) => void;
}

/** Relation types, a year range and "hide isolated". Entity types live in the legend. */
export const FiltersPanel = memo(function FiltersPanel(p: Props) {
  const present = RELATION_TYPES.filter((r) => (p.relationCounts[r.id] ?? 0) > 0);
  const [lo, hi] = p.bounds ?? [0, 0];
  const [from, to] = p.years ?? [lo, hi];
  const setYears = (a: number, b: number) =>
    p.onYears(a <= lo && b >= hi ? undefined : [Math.min(a, b), Math.max(a, b)]);
  return (
    <section className="filters" aria-label="Filters">
      <h2>Filters</h2>
      {p.bounds && lo < hi && (
        <fieldset className="years">
          <legend>
            Years: <output>{from === to ? from : `${from}–${to}`}</output>
          </legend>
          <label>
            <span>From</span>
            <input
              type="range"
              aria-label="From year"
              min={lo}
              max={hi}
              step={1}
              value={from}
              onChange={(e) =>
                setYears(Number(e.target.value), Math.max(Number(e.target.value), to))
              }
            />
          </label>
          <label>
            <span>To</span>
            <input
              type="range"
              aria-label="To year"
              min={lo}
              max={hi}
              step={1}
              value={to}
              onChange={(e) =>
                setYears(Math.min(from, Number(e.target.value)), Number(e.target.value))
              }
            />
          </label>
          <p className="hint">
            Hides meetings and dated relations outside the range; undated ones stay.
          </p>
        </fieldset>
      )}
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
