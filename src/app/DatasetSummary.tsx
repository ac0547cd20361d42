import { ENTITY_TYPE_LABELS, ENTITY_TYPES } from '../model';
import type { LoadedDataset } from './useDataset';

/** What was loaded: shown in the details region while nothing is selected. */
export function DatasetSummary({ loaded }: { loaded: LoadedDataset }) {
  const { report, dataset, mapping } = loaded;
  const reported = mapping.length + report.warnings.length;
  return (
    <div className="summary">
      <h2>Details</h2>
      <p>
        Select an entity or relation in the graph — or search with <kbd>/</kbd> — to see its
        relations and the quotes they rest on.
      </p>
      <h3>
        {dataset.title ??
          (loaded.origin.kind === 'bundled' ? 'Bundled dataset' : loaded.origin.fileName)}
      </h3>
      <p data-testid="load-counts">
        {report.entities} entities, {report.relations} relations, {report.sources} sources
      </p>
      <ul className="summary-types">
        {ENTITY_TYPES.filter((t) => report.entitiesByType[t] > 0).map((t) => (
          <li key={t}>
            {ENTITY_TYPE_LABELS[t]}: {report.entitiesByType[t]}
          </li>
        ))}
      </ul>
      {reported > 0 && (
        <details>
          <summary>Load report ({reported})</summary>
          {mapping.length > 0 && (
            <>
              <h4>How fields were mapped</h4>
              <ul aria-label="How fields were mapped">
                {mapping.map((m, i) => (
                  <li key={i}>{m}</li>
                ))}
              </ul>
            </>
          )}
          {report.warnings.length > 0 && (
            <>
              {mapping.length > 0 && <h4>What did not map, and warnings</h4>}
              <ul aria-label="Warnings">
                {report.warnings.map((w, i) => (
                  <li key={i}>{w}</li>
                ))}
              </ul>
            </>
          )}
        </details>
      )}
      <h3>Sources</h3>
      <ul className="summary-sources">
        {dataset.sources.map((s) => (
          <li key={s.id}>
            <cite>{s.title}</cite> — {s.publisher ?? 'publisher not stated'},{' '}
            {s.published ?? 'date not stated'}
          </li>
        ))}
      </ul>
    </div>
  );
}
