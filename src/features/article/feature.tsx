import { lazy, useMemo, type ReactNode } from 'react';
import { articleAddress } from '../../state/address/article';
import { useExplorer, useView, type Feature } from '../shell';
import { ArticleContext, takeOpener, useArticleOpener } from './showInArticle';

// The Article (a source's full text with its quotes marked) loads at the first "Show in article".
const ArticlePanel = lazy(() => import('./ArticlePanel'));

/** The Article at the source and quote the view names; it reads and changes the view store. */
function Article() {
  const { graph, sources, source, actions } = useExplorer();
  const article = useView((v) => v.article);
  const selection = useView((v) => v.selection);
  const loadText = useMemo(() => source.loadSourceText!.bind(source), [source]);
  if (!article) return null;
  return (
    <ArticlePanel
      graph={graph}
      sources={sources}
      article={article}
      loadText={loadText}
      selectedRelation={selection?.kind === 'relation' ? selection.id : undefined}
      onSelectRelation={(id) => actions.select({ kind: 'relation', id })}
      onBackToRelation={(id) => {
        actions.setArticle(undefined);
        actions.selectRelation(id);
      }}
      onCurrent={(quote) => actions.setArticle({ source: article.source, quote })}
    />
  );
}

/** Open while the view names a source and the dataset's source serves texts. */
function useArticleOpen(): boolean {
  const { source } = useExplorer();
  return useView((v) => v.article !== undefined) && !!source.loadSourceText;
}

/** "Show in article" on every quote: offered once, read by Details, Thread, Comparison, … */
function ArticleProvider({ children }: { children: ReactNode }) {
  const { source, actions } = useExplorer();
  const opener = useArticleOpener(source, actions.setArticle);
  return <ArticleContext value={opener}>{children}</ArticleContext>;
}

/** The Article view: a source's text with every quote marked (source=, q=). */
export const articleFeature: Feature = {
  name: 'article',
  address: [articleAddress],
  panels: [
    {
      name: 'article',
      slot: 'aside',
      Component: Article,
      useOpen: useArticleOpen,
      close: (a) => a.setArticle(undefined),
      // Back to what opened it (a "Show in article" button), else to Details.
      returnFocus: takeOpener,
    },
  ],
  Provider: ArticleProvider,
};
