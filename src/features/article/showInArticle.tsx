import { createContext, use, useMemo, type ReactNode } from 'react';
import type { GraphSource } from '../../data/source';
import { quoteKey } from '../../graph/quoteKey';
import type { ViewState } from '../../state/viewState';
import './showInArticle.css';

/**
 * What every evidence quote needs to offer "Show in article": whether its
 * source has a text, and a way to open the Article at it. Provided once by the
 * explorer; absent (null) when the dataset's source carries no texts, and then
 * no panel shows the button. Small on purpose: it is in the first chunk, the
 * Article itself loads on demand.
 */
export interface ArticleOpener {
  hasText(sourceId: string): boolean;
  open(sourceId: string, quote?: string): void;
}

export const ArticleContext = createContext<ArticleOpener | null>(null);

/** Where focus goes back to when the Article closes: what opened it. */
let openedFrom: HTMLElement | null = null;

/** The control that opened the Article, if it is still on the page. */
export function takeOpener(): HTMLElement | null {
  const el = openedFrom;
  openedFrom = null;
  return el?.isConnected ? el : null;
}

export function useArticleOpener(
  source: GraphSource,
  setArticle: (article: ViewState['article']) => void,
): ArticleOpener | null {
  return useMemo(() => {
    const has = source.hasSourceText;
    if (!has || !source.loadSourceText) return null;
    return {
      hasText: (id) => has.call(source, id),
      open: (id, quote) => {
        const active = document.activeElement;
        // Walking from one quote to another inside the Article keeps the first opener.
        if (active instanceof HTMLElement && !active.closest('.article-panel')) openedFrom = active;
        setArticle(quote ? { source: id, quote } : { source: id });
      },
    };
  }, [source, setArticle]);
}

interface Props {
  source: string;
  /** The relation and the evidence item's index: opens the Article at that quote. */
  relation?: string;
  index?: number;
  /** Defaults to "Show in article". */
  children?: ReactNode;
  'aria-label'?: string;
  /** -1 inside a widget that keeps one Tab stop (the List view's rows). */
  tabIndex?: number;
}

/** "Show in article": present only where the quote's source has a text. */
export function ShowInArticle({ source, relation, index = 0, children, ...rest }: Props) {
  const opener = use(ArticleContext);
  if (!opener?.hasText(source)) return null;
  return (
    <button
      type="button"
      className="link-button show-in-article"
      aria-label={rest['aria-label']}
      tabIndex={rest.tabIndex}
      onClick={() =>
        opener.open(source, relation !== undefined ? quoteKey(relation, index) : undefined)
      }
    >
      {children ?? 'Show in article'}
    </button>
  );
}
