import { TYPE_STYLE } from '../../cy/palette';
import type { EntityType } from '../../model';

/** The type's colour and shape as a small glyph (colour is never the only cue). */
export function TypeIcon({ type }: { type: EntityType }) {
  return (
    <span className="type-icon" style={{ color: TYPE_STYLE[type].color }} aria-hidden="true">
      {TYPE_STYLE[type].symbol}
    </span>
  );
}
