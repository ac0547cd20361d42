import { memo, useId } from 'react';
import {
  COLOUR_BY,
  MEASURES,
  MEASURE_LABELS,
  MEASURE_MEANINGS,
  type ColourBy,
  type Measure,
} from '../../graph/measures';
import './encoding.css';

export interface CommunitySwatch {
  colour: string;
  label: string;
  size: number;
}

interface Props {
  sizeBy: Measure;
  colourBy: ColourBy;
  onChange: (change: { sizeBy?: Measure; colourBy?: ColourBy }) => void;
  /** The communities, once computed (Colour by: community). */
  communities: readonly CommunitySwatch[] | null;
  /** Metrics are being computed (big graphs compute them when asked). */
  computing: boolean;
}

const COLOUR_LABELS: Record<ColourBy, string> = { type: 'Entity type', community: 'Community' };

/** "Size by" and "Colour by", with what the chosen encoding means (part of the legend). */
export const EncodingControls = memo(function EncodingControls(p: Props) {
  const id = useId();
  return (
    <section className="encoding" aria-label="Encoding">
      <h2>Size and colour</h2>
      <label className="encoding-field" htmlFor={`${id}-size`}>
        <span>Size by</span>
        <select
          id={`${id}-size`}
          value={p.sizeBy}
          onChange={(e) => p.onChange({ sizeBy: e.target.value as Measure })}
        >
          {MEASURES.map((m) => (
            <option key={m} value={m}>
              {MEASURE_LABELS[m]}
            </option>
          ))}
        </select>
      </label>
      <p className="hint" id={`${id}-size-hint`}>
        Node size: {MEASURE_MEANINGS[p.sizeBy]}.
      </p>
      <label className="encoding-field" htmlFor={`${id}-colour`}>
        <span>Colour by</span>
        <select
          id={`${id}-colour`}
          value={p.colourBy}
          onChange={(e) => p.onChange({ colourBy: e.target.value as ColourBy })}
        >
          {COLOUR_BY.map((c) => (
            <option key={c} value={c}>
              {COLOUR_LABELS[c]}
            </option>
          ))}
        </select>
      </label>
      {p.computing && (
        <p className="hint" role="status">
          Computing…
        </p>
      )}
      {p.colourBy === 'type' ? (
        <p className="hint">Colour and shape: the entity type (legend above).</p>
      ) : (
        p.communities && (
          <>
            <p className="hint">
              Colour: communities found by Louvain — groups of entities more linked to each other
              than to the rest. Shape still shows the type.
            </p>
            <ul className="community-legend" aria-label="Communities">
              {p.communities.map((c, i) => (
                <li key={i}>
                  <span
                    className="community-swatch"
                    style={{ background: c.colour }}
                    aria-hidden="true"
                  />
                  <span className="community-label" title={c.label}>
                    {c.label}
                  </span>
                  <span className="legend-count">{c.size}</span>
                </li>
              ))}
            </ul>
          </>
        )
      )}
    </section>
  );
});
