import { memo } from 'react';
import { UnsavedKey } from '../curate/UnsavedBadge';
import { TypeIcon } from './TypeIcon';
import { useVocabulary } from './vocabularyContext';
import './legend.css';

interface Props {
  /** Visible entities per type (built-in, or added by the vocabulary), after filters. */
  visibleCounts: Record<string, number>;
  totalCounts: Record<string, number>;
  hidden: ReadonlySet<string>;
  onToggle: (type: string) => void;
}

/** Each type with its symbol and count; a toggle button shows or hides the type. */
export const Legend = memo(function Legend({
  visibleCounts,
  totalCounts,
  hidden,
  onToggle,
}: Props) {
  const vocabulary = useVocabulary();
  return (
    <section className="legend" aria-label="Legend">
      <h2>Entity types</h2>
      <ul>
        {vocabulary.allEntityTypes
          .filter((t) => (totalCounts[t] ?? 0) > 0)
          .map((t) => {
            const on = !hidden.has(t);
            const total = totalCounts[t] ?? 0;
            const shown = visibleCounts[t] ?? 0;
            const all = shown === total;
            const count = all ? String(total) : `${shown}/${total}`;
            const label = vocabulary.entityLabel(t);
            return (
              <li key={t}>
                <button
                  type="button"
                  className={on ? 'legend-item' : 'legend-item off'}
                  aria-pressed={on}
                  // Named by its visible text (axe: label in name), and what the count means.
                  title={`${on ? 'Hide' : 'Show'} ${label.toLowerCase()} entities`}
                  onClick={() => onToggle(t)}
                >
                  <TypeIcon type={t} />
                  <span className="legend-label">{label}</span>
                  <span className="legend-count">
                    {count}
                    <span className="visually-hidden">{all ? ` of ${count}` : ''} shown</span>
                  </span>
                </button>
              </li>
            );
          })}
      </ul>
      <UnsavedKey />
    </section>
  );
});
