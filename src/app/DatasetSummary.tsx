import { useMemo } from 'react';
import { ShowInArticle } from '../features/article/showInArticle';
import { EntityLink } from '../features/details/EntityLink';
import { TypeFromChoice } from '../features/open/TypeFromChoice';
import { sourceCredit, unstatedNote } from '../graph/sourceCredit';
import { startHere } from '../graph/startHere';
import { vocabularyOf } from '../graph/vocabulary';
import type { LoadedDataset } from './useDataset';
import '../features/details/details.css';

interface Props {
  loaded: LoadedDataset;
  /** Selects an entity (a Start here pick), as a Details link does. */
  onNavigate: (id: string) => void;
}

/** What was loaded, and where to start: shown in the details region while nothing is selected. */
export function DatasetSummary({ loaded, onNavigate }: Props) {
  const { report, dataset, graph, mapping } = loaded;
  const reported = mapping.length + report.warnings.length;
  const picks = useMemo(() => startHere(graph), [graph]);
  const unstated = unstatedNote(dataset.sources);
  return (
    <div className="summary">
      <h2>Details</h2>
      <p>
        Select an entity or relation in the graph — or search with <kbd>/</kbd> — to see its
        relations and the quotes they rest on.
      </p>
      {picks.length > 0 && (
        <section className="start-here" aria-labelledby="start-here-heading">
          <h3 id="start-here-heading">Start here</h3>
          <ul>
            {picks.map((p) => (
              <li key={p.id}>
                <EntityLink id={p.id} label={p.label} type={p.type} onNavigate={onNavigate} />
                <span className="start-why"> — {p.why}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <h3>
        {dataset.title ??
          (loaded.origin.kind === 'bundled' ? 'Bundled dataset' : loaded.origin.fileName)}
      </h3>
      <p data-testid="load-counts">
        {report.entities} entities, {report.relations} relations, {report.sources} sources
      </p>
      <ul className="summary-types">
        {vocabularyOf(graph)
          .allEntityTypes.filter((t) => (report.entitiesByType[t] ?? 0) > 0)
          .map((t) => (
            <li key={t}>
              {vocabularyOf(graph).entityLabel(t)}: {report.entitiesByType[t]}
            </li>
          ))}
      </ul>
      <TypeFromChoice typeFrom={loaded.typeFrom} retyped={loaded.retyped} />
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
      {unstated && <p className="note">{unstated}</p>}
      <ul className="summary-sources">
        {dataset.sources.map((s) => {
          const credit = sourceCredit(s);
          return (
            <li key={s.id}>
              <cite>{s.title}</cite>
              {credit && ` — ${credit}`}
              <ShowInArticle source={s.id} aria-label={`Read the article: ${s.title}`}>
                Read the article
              </ShowInArticle>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
