import { useMemo } from 'react';
import { findNames, type NameSpan } from '../../graph/nameSpans';
import type { ParleyGraph } from '../../graph/types';
import { curateLink, useCurateLink } from '../curate/curateLink';

/** The dataset's entity names in the article's text, while editing. */
export function useArticleNames(
  graph: ParleyGraph,
  text: string,
  editing: boolean,
): NameSpan[] | undefined {
  return useMemo(() => {
    if (!editing) return undefined;
    const entities = graph.mapNodes((id, a) => ({ id, label: a.label, aliases: a.aliases }));
    return findNames(text, entities);
  }, [graph, text, editing]);
}

interface Props {
  graph: ParleyGraph;
  /** The Article's id prefix: the keys' and the names' descriptions hang on it. */
  ids: string;
  /** What the keys just selected, announced. */
  said: string;
}

/**
 * While editing: the names picked for New relation (From, then To), and how
 * to select a passage by keys. The text itself handles the keys (ArticlePanel).
 */
export function ArticleCurating({ graph, ids, said }: Props) {
  const picks = useCurateLink((s) => s.picks);
  const label = (id: string | undefined) =>
    id && graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : undefined;
  const from = label(picks.from);
  const to = label(picks.to);
  return (
    <div className="article-curating">
      <p aria-live="polite">
        {from ? (
          <>
            New relation from <strong>{from}</strong>
            {to ? (
              <>
                {' '}
                to <strong>{to}</strong>
              </>
            ) : (
              ' (pick a name for To)'
            )}{' '}
            <button type="button" className="link-button" onClick={() => curateLink.clearPicks()}>
              Clear names
            </button>
          </>
        ) : (
          'Underlined: names the dataset has. Pick one (click or Enter) for From, then To.'
        )}
      </p>
      <details className="hint">
        <summary>Select a passage by keys</summary>
        <p id={`${ids}-keys`}>
          By keys, in the text: <kbd>s</kbd> selects the sentence (again: the next one,{' '}
          <kbd>Shift</kbd>+<kbd>S</kbd> the previous), <kbd>Shift</kbd>+<kbd>→</kbd>/<kbd>←</kbd>{' '}
          moves its end by a word, <kbd>Shift</kbd>+<kbd>↓</kbd>/<kbd>↑</kbd> by a sentence,{' '}
          <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>→</kbd>/<kbd>←</kbd> its start by a word;{' '}
          <kbd>Enter</kbd> offers what it can become.
        </p>
      </details>
      <span hidden id={`${ids}-name`}>
        A name the dataset has: Enter picks it for New relation (From, then To).
      </span>
      <span className="visually-hidden" role="status" aria-live="polite">
        {said}
      </span>
    </div>
  );
}
