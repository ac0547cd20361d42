import { Fragment, memo, type ReactNode } from 'react';
import type { ArticleQuote, Piece } from '../../graph/article';
import type { NameSpan } from '../../graph/nameSpans';
import { withNames } from './names';

interface Props {
  text: string;
  pieces: readonly Piece[];
  quotes: ReadonlyMap<string, ArticleQuote>;
  /** Id prefix of each quote's hidden description (its relation and health). */
  describedBy: (key: string) => string;
  current: string | undefined;
  /** The selected relation: its quotes are marked too. */
  selectedRelation: string | undefined;
  /** Curating: the entity names to underline, and the id of what picking one does. */
  names?: readonly NameSpan[];
  nameHint?: string;
}

/**
 * The article's body: plain text, sentences no relation cites (marked when
 * asked), and one <mark> per quote. A quote inside another nests in it; the
 * rest of a quote that crosses an earlier one's end is a continuation, not a
 * second stop for the keyboard. Each quote's own mark is focusable and
 * described by its relation(s).
 */
export const ArticleText = memo(function ArticleText(props: Props) {
  return <>{render(props.pieces, props)}</>;
});

function render(pieces: readonly Piece[], p: Props): ReactNode[] {
  return pieces.map((piece) => {
    if (piece.kind === 'text') {
      const text = p.names?.length
        ? withNames(p.text, piece.start, piece.end, p.names, p.nameHint ?? '')
        : p.text.slice(piece.start, piece.end);
      return piece.uncited ? (
        <span key={piece.start} className="uncited">
          {text}
        </span>
      ) : (
        <Fragment key={piece.start}>{text}</Fragment>
      );
    }
    const q = p.quotes.get(piece.key);
    const classes = [
      'quote-mark',
      `health-${q?.anchor.health ?? 'exact'}`,
      piece.key === p.current && !piece.continued ? 'current' : '',
      q && q.relation === p.selectedRelation ? 'selected' : '',
    ].filter(Boolean);
    return (
      <mark
        key={`${piece.key}@${piece.start}`}
        className={classes.join(' ')}
        data-key={piece.key}
        title={q?.wording}
        {...(piece.continued
          ? {}
          : {
              tabIndex: 0,
              'aria-describedby': p.describedBy(piece.key),
              'aria-current': piece.key === p.current ? 'true' : undefined,
            })}
      >
        {render(piece.children, p)}
      </mark>
    );
  });
}
