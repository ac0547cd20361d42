import { memo, type ReactNode } from 'react';
import type { ArticleQuote, Piece } from '../../graph/article';

interface Props {
  text: string;
  pieces: readonly Piece[];
  quotes: ReadonlyMap<string, ArticleQuote>;
  /** Id prefix of each quote's hidden description (its relation and health). */
  describedBy: (key: string) => string;
  current: string | undefined;
  /** The selected relation: its quotes are marked too. */
  selectedRelation: string | undefined;
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
    const text = p.text.slice(piece.start, piece.end);
    if (piece.kind === 'text')
      return piece.uncited ? (
        <span key={piece.start} className="uncited">
          {text}
        </span>
      ) : (
        text
      );
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
