import { memo } from 'react';
import { ENTITY_TYPE_LABELS, ENTITY_TYPES, type EntityType } from '../../model';
import { TypeIcon } from './TypeIcon';

interface Props {
  /** Visible entities per type, after filters. */
  visibleCounts: Record<EntityType, number>;
  totalCounts: Record<EntityType, number>;
  hidden: ReadonlySet<EntityType>;
  onToggle: (type: EntityType) => void;
}

/** Each type with its symbol and count; a toggle button shows or hides the type. */
export const Legend = memo(function Legend({
  visibleCounts,
  totalCounts,
  hidden,
  onToggle,
}: Props) {
  return (
    <section className="legend" aria-label="Legend">
      <h2>Entity types</h2>
      <ul>
        {ENTITY_TYPES.filter((t) => totalCounts[t] > 0).map((t) => {
          const on = !hidden.has(t);
          const all = visibleCounts[t] === totalCounts[t];
          const count = all ? String(totalCounts[t]) : `${visibleCounts[t]}/${totalCounts[t]}`;
          return (
            <li key={t}>
              <button
                type="button"
                className={on ? 'legend-item' : 'legend-item off'}
                aria-pressed={on}
                // Named by its visible text (axe: label in name), and what the count means.
                title={`${on ? 'Hide' : 'Show'} ${ENTITY_TYPE_LABELS[t].toLowerCase()} entities`}
                onClick={() => onToggle(t)}
              >
                <TypeIcon type={t} />
                <span className="legend-label">{ENTITY_TYPE_LABELS[t]}</span>
                <span className="legend-count">
                  {count}
                  <span className="visually-hidden">{all ? ` of ${count}` : ''} shown</span>
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
});
