import type { Evidence as EvidenceItem, Source } from '../../model';
import { QuoteInContext } from './QuoteInContext';

interface Props {
  evidence: readonly EvidenceItem[];
  sources: ReadonlyMap<string, Source>;
}

/** The quotes a relation rests on, each in its sentence, with its source's title, publisher and date. */
export function EvidenceList({ evidence, sources }: Props) {
  const distinct = new Set(evidence.map((e) => e.source)).size;
  return (
    <div className="evidence">
      {distinct > 1 && <p className="evidence-count">Reported by {distinct} sources</p>}
      {evidence.map((ev, i) => {
        const s = sources.get(ev.source);
        return (
          <figure key={i} className="evidence-item">
            <QuoteInContext evidence={ev} />
            <figcaption>
              {s ? (
                <>
                  <cite>{s.title}</cite>
                  {' — '}
                  {s.publisher ?? 'publisher not stated'}, {s.published ?? 'date not stated'}
                </>
              ) : (
                <cite>{ev.source}</cite>
              )}
            </figcaption>
          </figure>
        );
      })}
    </div>
  );
}
