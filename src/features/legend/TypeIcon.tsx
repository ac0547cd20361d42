import { typeStyle } from '../../cy/palette';
import { useVocabulary } from './vocabularyContext';

/** The type's colour and shape as a small glyph (colour is never the only cue). */
export function TypeIcon({ type }: { type: string }) {
  const style = typeStyle(type, useVocabulary());
  return (
    <span className="type-icon" style={{ color: style.color }} aria-hidden="true">
      {style.symbol}
    </span>
  );
}
