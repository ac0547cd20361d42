import { useId, useState } from 'react';
import { sourceCredit } from '../../graph/sourceCredit';
import type { Evidence as EvidenceItem, Source } from '../../model';
import { ShowInArticle } from '../article/showInArticle';
import { QuoteInContext } from './QuoteInContext';
import './details.css';

interface Props {
  evidence: readonly EvidenceItem[];
  sources: ReadonlyMap<string, Source>;
  /** The relation the evidence belongs to: "Show in article" opens at its quote. */
  relation?: string;
}

/** The quotes a relation rests on, each in its sentence, with its source's title and what the source states of its publisher and date. */
export function EvidenceList({ evidence, sources, relation }: Props) {
  const distinct = new Set(evidence.map((e) => e.source)).size;
  return (
    <div className="evidence">
      {distinct > 1 && <p className="evidence-count">Reported by {distinct} sources</p>}
      {evidence.map((ev, i) => {
        const s = sources.get(ev.source);
        const credit = s ? sourceCredit(s) : '';
        return (
          <figure key={i} className="evidence-item">
            <QuoteInContext evidence={ev} />
            <figcaption>
              <cite>{s ? s.title : ev.source}</cite>
              {credit && ` — ${credit}`}
              <ShowInArticle source={ev.source} relation={relation} index={i} />
            </figcaption>
          </figure>
        );
      })}
    </div>
  );
}

/**
 * A relation's evidence in a list of relations: one quote is shown as it is;
 * several fold behind a "3 quotes ▸" button, so the list stays a list.
 */
export function FoldedEvidence({ evidence, sources, relation }: Props) {
  const [open, setOpen] = useState(false);
  const id = useId();
  if (evidence.length < 2)
    return <EvidenceList evidence={evidence} sources={sources} relation={relation} />;
  const distinct = new Set(evidence.map((e) => e.source)).size;
  return (
    <div className="folded-evidence">
      <button
        type="button"
        className="link-button quotes-toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        {evidence.length} quotes{distinct > 1 ? `, ${distinct} sources` : ''}{' '}
        <span aria-hidden="true">{open ? '▾' : '▸'}</span>
      </button>
      <div id={id} hidden={!open}>
        {open && <EvidenceList evidence={evidence} sources={sources} relation={relation} />}
      </div>
    </div>
  );
}
