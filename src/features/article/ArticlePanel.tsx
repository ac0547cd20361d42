// Over 400 lines: reading (quotes, coverage, keys) and curating's hooks into the same text share its refs and selection; the next split is the key handling (curateKey, nav) into a hook.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { prepareTexts } from '../../data/anchor';
import { buildArticle, type Article, type ArticleQuote } from '../../graph/article';
import { sourceCredit } from '../../graph/sourceCredit';
import type { ParleyGraph } from '../../graph/types';
import type { Source } from '../../model';
import { curateLink, useCurateLink } from '../curate/curateLink';
import { usePanelClose } from '../shell';
import { useCommands, type Command } from '../shortcuts';
import { ArticleText } from './ArticleText';
import { ArticleCurating, useArticleNames } from './ArticleCurating';
import { keySelect, selectedRange } from './keySelection';
import { HEALTH_WORDS, describeQuote } from './words';
import '../stagePanel.css';
import './article.css';

interface Props {
  graph: ParleyGraph;
  sources: ReadonlyMap<string, Source>;
  article: { source: string; quote?: string };
  loadText: (sourceId: string) => Promise<string | undefined>;
  selectedRelation: string | undefined;
  /** Selects a relation (Details and the graph follow); focus stays in the Article. */
  onSelectRelation: (id: string) => void;
  /** Selects the relation and moves focus to Details, closing the Article. */
  onBackToRelation: (id: string) => void;
  /** The current quote changed (walking the highlights): kept in the address. */
  onCurrent: (quote: string) => void;
}

type Loaded = { source: string; text: string | undefined; others?: Map<string, string> };

/**
 * The Article: one source's full text with every quote that cites it marked,
 * how many of its sentences relations cite, and each quote's health. Loaded on
 * demand (feature.tsx); the anchoring is pure (src/graph/article.ts).
 */
export default function ArticlePanel(props: Props) {
  const { graph, sources, article, loadText } = props;
  const source = sources.get(article.source);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    let cancelled = false;
    void loadText(article.source).then(
      (text) => !cancelled && setLoaded({ source: article.source, text }),
      () => !cancelled && setLoaded({ source: article.source, text: undefined }),
    );
    return () => {
      cancelled = true;
    };
  }, [article.source, loadText]);
  const text = loaded?.source === article.source ? loaded.text : undefined;
  const built = useMemo(
    () => (text === undefined ? null : buildArticle(graph, article.source, text, othersOf(loaded))),
    [graph, article.source, text, loaded],
  );
  // A quote not in this text may be in another source: those texts load only then.
  const needOthers = !!built && !loaded?.others && built.quotes.some((q) => !q.anchor.span);
  useEffect(() => {
    if (!needOthers) return;
    let cancelled = false;
    const ids = [...sources.keys()].filter((id) => id !== article.source);
    void Promise.all(
      ids.map(async (id) => [id, await loadText(id).catch(() => undefined)] as const),
    ).then((pairs) => {
      if (cancelled) return;
      const others = new Map(pairs.filter((p): p is [string, string] => p[1] !== undefined));
      setLoaded((l) => (l && l.source === article.source ? { ...l, others } : l));
    });
    return () => {
      cancelled = true;
    };
  }, [needOthers, sources, article.source, loadText]);

  // Escape and Close come from the slot (focus back to what opened the Article).
  const close = usePanelClose();
  useCommands(ARTICLE_KEYS);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const title = source?.title ?? article.source;
  const credit = source ? sourceCredit(source) : '';
  return (
    <section className="article-panel" aria-label="Article">
      <header className="stage-panel-header">
        <div>
          <span className="stage-panel-kicker">Article</span>
          <h2 ref={headingRef} tabIndex={-1}>
            {title}
          </h2>
          {credit && <p className="article-credit">{credit}</p>}
        </div>
        <button type="button" className="icon-button" aria-label="Close article" onClick={close}>
          ×
        </button>
      </header>
      {loaded === null || loaded.source !== article.source ? (
        <p className="hint article-loading">Loading the article…</p>
      ) : !built ? (
        <p className="hint article-loading">The text of this source is not available.</p>
      ) : (
        <ArticleBody {...props} built={built} headingRef={headingRef} lang={source?.language} />
      )}
    </section>
  );
}

/** Handled by the Article's text itself (local): listed in Help. */
const ARTICLE_KEYS: readonly Command[] = [
  {
    name: 'article-next',
    label: 'Next highlight (a highlight focused)',
    keys: ['n', 'ArrowDown', 'ArrowRight'],
    group: 'Article',
    local: true,
    perform: () => {},
  },
  {
    name: 'article-previous',
    label: 'Previous highlight (a highlight focused)',
    keys: ['p', 'ArrowUp', 'ArrowLeft'],
    group: 'Article',
    local: true,
    perform: () => {},
  },
  {
    name: 'article-select',
    label: 'Select the highlight’s relation',
    keys: ['Enter'],
    group: 'Article',
    local: true,
    perform: () => {},
  },
  // Curating (Edit on): selecting a passage by keys (ArticleCurating.tsx, keySelection.ts).
  ...(
    [
      ['sentence', 'Editing: select the sentence (again: the next)', ['s']],
      ['sentence-back', 'Editing: the previous sentence', ['Shift+S']],
      [
        'end-word',
        'Editing: move the selection’s end by a word',
        ['Shift+ArrowRight', 'Shift+ArrowLeft'],
      ],
      [
        'end-sentence',
        'Editing: move the selection’s end by a sentence',
        ['Shift+ArrowDown', 'Shift+ArrowUp'],
      ],
      [
        'start-word',
        'Editing: move the selection’s start by a word',
        ['Ctrl+Shift+ArrowRight', 'Ctrl+Shift+ArrowLeft'],
      ],
      ['actions', 'Editing: to what the selection can become (Selection toolbar)', ['Enter']],
    ] as const
  ).map(([name, label, keys]): Command => ({
    name: `article-curate-${name}`,
    label,
    keys: [...keys],
    group: 'Article',
    local: true,
    perform: () => {},
  })),
];

function othersOf(loaded: Loaded | null) {
  return loaded?.others ? prepareTexts(loaded.others) : undefined;
}

interface BodyProps extends Props {
  built: Article;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  lang: string | undefined;
}

function ArticleBody({
  graph,
  built,
  article,
  selectedRelation,
  onSelectRelation,
  onBackToRelation,
  onCurrent,
  headingRef,
  lang,
}: BodyProps) {
  const uid = useId();
  const textRef = useRef<HTMLDivElement>(null);
  const [showUncited, setShowUncited] = useState(false);
  const [hovered, setHovered] = useState<string | undefined>();
  const byKey = useMemo(() => new Map(built.quotes.map((q) => [q.key, q])), [built]);
  const anchored = built.quotes.filter((q) => q.anchor.span);
  const unanchored = built.quotes.filter((q) => !q.anchor.span);
  const current = article.quote && byKey.has(article.quote) ? article.quote : undefined;
  const describedBy = useMemo(() => (key: string) => `${uid}-d-${key}`, [uid]);
  // Curating: names underlined, a passage selected by keys (ArticleCurating.tsx).
  const editing = useCurateLink((s) => s.editing);
  const names = useArticleNames(graph, built.text, editing);
  const [said, setSaid] = useState('');

  // Opened at a quote (or moved to one from outside): scroll to it and focus it.
  useEffect(() => {
    const el = current ? markOf(textRef.current, current) : null;
    if (el && document.activeElement === el) return;
    if (el) {
      el.scrollIntoView({ block: 'center' });
      el.focus({ preventScroll: true });
    } else headingRef.current?.focus();
  }, [current, built, headingRef]);

  const marks = () => [
    ...(textRef.current?.querySelectorAll<HTMLElement>('mark[tabindex="0"]') ?? []),
  ];
  const walk = (step: 1 | -1) => {
    const list = marks();
    if (!list.length) return;
    const at = list.findIndex((m) => m.dataset.key === current);
    const next =
      list[at < 0 ? (step > 0 ? 0 : list.length - 1) : (at + step + list.length) % list.length]!;
    next.scrollIntoView({ block: 'nearest' });
    next.focus({ preventScroll: true });
    onCurrent(next.dataset.key!);
  };
  const activate = (key: string) => {
    const q = byKey.get(key);
    if (!q) return;
    onCurrent(key);
    onSelectRelation(q.relation);
  };
  const keyOf = (target: EventTarget) =>
    target instanceof Element
      ? target.closest<HTMLElement>('mark[data-key]')?.dataset.key
      : undefined;
  const curateKey = (e: React.KeyboardEvent) => {
    const host = textRef.current;
    if (!editing || !host) return false;
    const name = nameOf(e.target);
    if (name && (e.key === 'Enter' || e.key === ' ')) curateLink.pick(name);
    else if (e.key === 'Enter' && selectedRange(host))
      curateLink.askActions(e.target instanceof HTMLElement ? e.target : host);
    else {
      const passage = keySelect(e, host, built.text, built.coverage.sentences);
      if (passage === undefined) return false;
      setSaid(`Selected: ${passage}`);
    }
    return true;
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (curateKey(e)) {
      e.preventDefault();
      e.stopPropagation();
      return;
    }
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const key = keyOf(e.target);
    if (e.key === 'n' || ((e.key === 'ArrowDown' || e.key === 'ArrowRight') && key)) walk(1);
    else if (e.key === 'p' || ((e.key === 'ArrowUp' || e.key === 'ArrowLeft') && key)) walk(-1);
    else if ((e.key === 'Enter' || e.key === ' ') && key) activate(key);
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
  const shown = hovered ?? current;
  const shownQuote = shown ? byKey.get(shown) : undefined;
  const position = shown ? anchored.findIndex((q) => q.key === shown) + 1 : 0;
  const alsoHere = shownQuote ? overlapping(shownQuote, anchored) : [];
  const c = built.coverage;
  return (
    <>
      <div className="article-tools">
        <p className="article-coverage">
          {c.citedCount} of {c.sentences.length} sentences cited · {anchored.length}{' '}
          {anchored.length === 1 ? 'quote' : 'quotes'}
        </p>
        <label className="article-uncited-toggle">
          <input
            type="checkbox"
            checked={showUncited}
            onChange={(e) => setShowUncited(e.target.checked)}
          />{' '}
          Mark uncited sentences
        </label>
        <div className="article-walk" role="group" aria-label="Highlights">
          <button type="button" onClick={() => walk(-1)} disabled={!anchored.length}>
            ‹ Previous highlight
          </button>
          <button type="button" onClick={() => walk(1)} disabled={!anchored.length}>
            Next highlight ›
          </button>
          {current && (
            <button type="button" onClick={() => onBackToRelation(byKey.get(current)!.relation)}>
              Back to relation
            </button>
          )}
        </div>
      </div>
      {editing && <ArticleCurating graph={graph} ids={uid} said={said} />}
      <div className="article-current" aria-live="polite">
        {shownQuote ? (
          <>
            <p>
              <span className="article-position">
                Highlight {position} of {anchored.length}
              </span>{' '}
              <button
                type="button"
                className="link-button"
                onClick={() => activate(shownQuote.key)}
              >
                {shownQuote.wording}
              </button>
              {shownQuote.anchor.health !== 'exact' && (
                <span className="health-note"> · {HEALTH_WORDS[shownQuote.anchor.health]}</span>
              )}
            </p>
            {alsoHere.length > 0 && (
              <div className="article-also">
                Also quoted here:
                <ul>
                  {alsoHere.map((q) => (
                    <li key={q.key}>
                      <button type="button" className="link-button" onClick={() => activate(q.key)}>
                        {q.wording}
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </>
        ) : (
          <p className="hint">
            Every quoted stretch is marked: hover or focus one to see the relation it supports,
            press Enter or click to select it; n and p walk the highlights.
          </p>
        )}
      </div>
      <div
        ref={textRef}
        className={`article-text${showUncited ? ' show-uncited' : ''}`}
        // What a selection here is a quote of (curating: Add relation from selection).
        data-article-source={article.source}
        lang={lang}
        {...(editing
          ? {
              tabIndex: 0,
              role: 'group',
              'aria-label': 'Article text',
              'aria-describedby': `${uid}-keys`,
            }
          : {})}
        onKeyDown={onKeyDown}
        onClick={(e) => {
          const name = editing ? nameOf(e.target) : undefined;
          if (name) return curateLink.pick(name);
          const key = keyOf(e.target);
          if (key) activate(key);
        }}
        onMouseOver={(e) => setHovered(keyOf(e.target))}
        onMouseLeave={() => setHovered(undefined)}
      >
        <ArticleText
          text={built.text}
          pieces={built.pieces}
          quotes={byKey}
          describedBy={describedBy}
          current={current}
          selectedRelation={selectedRelation}
          names={names}
          nameHint={`${uid}-name`}
        />
      </div>
      <div hidden>
        {anchored.map((q) => (
          <span key={q.key} id={describedBy(q.key)}>
            {describeQuote(q)}
          </span>
        ))}
      </div>
      {unanchored.length > 0 && (
        <NotInText quotes={unanchored} onSelect={(q) => onSelectRelation(q.relation)} />
      )}
    </>
  );
}

const nameOf = (target: EventTarget) =>
  target instanceof Element
    ? target.closest<HTMLElement>('.article-name[tabindex]')?.dataset.entity
    : undefined;

function markOf(root: HTMLElement | null, key: string): HTMLElement | null {
  if (!root) return null;
  return (
    [...root.querySelectorAll<HTMLElement>('mark[tabindex="0"]')].find(
      (m) => m.dataset.key === key,
    ) ?? null
  );
}

/** The other quotes whose stretch overlaps this one's: every relation of a passage is reachable. */
function overlapping(q: ArticleQuote, all: readonly ArticleQuote[]): ArticleQuote[] {
  const a = q.anchor.span!;
  return all.filter(
    (o) => o.key !== q.key && o.anchor.span!.start < a.end && a.start < o.anchor.span!.end,
  );
}

/** Quotes citing this source that its text does not hold: never re-anchored, only suggested. */
function NotInText({
  quotes,
  onSelect,
}: {
  quotes: readonly ArticleQuote[];
  onSelect: (q: ArticleQuote) => void;
}) {
  return (
    <section className="article-missing" aria-label="Quotes not found in this text">
      <h3>Not found in this text ({quotes.length})</h3>
      <ul>
        {quotes.map((q) => (
          <li key={q.key}>
            <button type="button" className="link-button" onClick={() => onSelect(q)}>
              {q.wording}
            </button>
            : <q>{q.quote}</q>{' '}
            <span className="health-note">
              {HEALTH_WORDS[q.anchor.health]}
              {q.anchor.foundIn ? ` (in ${q.anchor.foundIn})` : ''}
            </span>
            {q.anchor.suggestion && (
              <p className="article-suggestion">
                Closest passage (a suggestion, not applied): <q>{q.anchor.suggestion.text}</q>
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
