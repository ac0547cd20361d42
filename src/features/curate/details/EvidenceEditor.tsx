import { useMemo, useRef } from 'react';
import { classifyQuote, prepareTexts } from '../../../data/anchor';
import type { Rec, Workspace } from '../../../data/edits/workspace';
import type { Dataset } from '../../../model';
import { healthWords } from './forms';

interface Props {
  evidence: readonly Rec[];
  dataset: Dataset;
  ws: Workspace;
  onRemove: (index: number) => void;
}

/**
 * A relation's evidence as the form holds it: each quote with its source and
 * its health. A quote must stay verbatim in its source, so it is not
 * editable here: a wrong one is removed (and the right one added from the
 * Article's selection, "Add as evidence").
 */
export function EvidenceEditor({ evidence, dataset, ws, onRemove }: Props) {
  const group = useRef<HTMLDivElement>(null);
  const texts = useMemo(() => {
    const byId = new Map<string, string>();
    for (const s of dataset.sources) {
      const t = ws.texts.get(`sources/${s.file}`);
      if (t !== undefined) byId.set(s.id, t);
    }
    return prepareTexts(byId);
  }, [dataset.sources, ws.texts]);
  const title = (id: string) => dataset.sources.find((s) => s.id === id)?.title ?? id;
  const last = evidence.length <= 1;
  return (
    <div
      className="edit-evidence"
      role="group"
      aria-labelledby="edit-evidence-h"
      ref={group}
      tabIndex={-1}
    >
      <h4 id="edit-evidence-h">Evidence ({evidence.length})</h4>
      <ul>
        {evidence.map((ev, i) => {
          const quote = String(ev.quote ?? '');
          const source = String(ev.source ?? '');
          const health = classifyQuote(
            texts,
            source,
            quote,
            typeof ev.sentence === 'string' ? ev.sentence : undefined,
          );
          const short = quote.length > 40 ? `${quote.slice(0, 40)}…` : quote;
          return (
            <li key={`${source}:${quote}`}>
              <blockquote>{quote}</blockquote>
              <p className="edit-evidence-meta">
                <cite>{title(source)}</cite>
                {' · '}
                <span className={`edit-health ${health.health}`}>{healthWords(health, title)}</span>
              </p>
              <button
                type="button"
                className="link-button"
                aria-disabled={last}
                aria-label={`Remove evidence “${short}”`}
                title={
                  last
                    ? 'A relation needs at least one quote: delete the relation instead'
                    : 'Remove this quote from the relation (on Apply changes)'
                }
                onClick={() => {
                  if (last) return;
                  onRemove(i);
                  group.current?.focus();
                }}
              >
                Remove
              </button>
            </li>
          );
        })}
      </ul>
      {last && (
        <p className="note">
          A relation needs at least one quote: to drop this one, delete the relation.
        </p>
      )}
    </div>
  );
}
