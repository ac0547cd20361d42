import { memo, useId, useMemo } from 'react';
import {
  MEASURES,
  MEASURE_LABELS,
  MEASURE_MEANINGS,
  attributeOf,
  isMeasure,
  type ColourBy,
  type SizeBy,
} from '../../graph/measures';
import type { ParleyGraph } from '../../graph/types';
import {
  attributeChoices,
  colourByAttribute,
  fileColours,
  sizeByValues,
  type ColourEntry,
} from './attributeEncoding';
import './encoding.css';

export type CommunitySwatch = ColourEntry;

interface Props {
  graph: ParleyGraph;
  sizeBy: SizeBy;
  colourBy: ColourBy;
  onChange: (change: { sizeBy?: SizeBy; colourBy?: ColourBy }) => void;
  /** The communities, once computed (Colour by: community). */
  communities: readonly CommunitySwatch[] | null;
  /** Metrics are being computed (big graphs compute them when asked). */
  computing: boolean;
}

/** "Size by" and "Colour by" (measures, communities, or the file's own attributes), with what they mean. */
export const EncodingControls = memo(function EncodingControls(p: Props) {
  const id = useId();
  const { graph } = p;
  const choices = useMemo(() => attributeChoices(graph), [graph]);
  const byFile = graph.getAttribute('noEvidence') === true;
  const colourAttr = attributeOf(p.colourBy);
  const legend = useMemo(() => {
    if (p.colourBy === 'community') return p.communities;
    if (p.colourBy === 'file') return fileColours(graph).legend;
    return colourAttr ? colourByAttribute(graph, colourAttr).legend : null;
  }, [graph, p.colourBy, colourAttr, p.communities]);
  const sizeAttr = attributeOf(p.sizeBy);
  const range = useMemo(
    () =>
      isMeasure(p.sizeBy)
        ? undefined
        : sizeByValues(graph, sizeAttr ? { attribute: sizeAttr } : 'file').range,
    [graph, p.sizeBy, sizeAttr],
  );
  const hasFileSizes = choices.fileSizes || choices.numeric.length > 0;
  const hasFileColours = choices.fileColours || choices.categorical.length > 0;
  return (
    <section className="encoding" aria-label="Encoding">
      <h2>Size and colour</h2>
      <label className="encoding-field" htmlFor={`${id}-size`}>
        <span>Size by</span>
        <select
          id={`${id}-size`}
          value={p.sizeBy}
          onChange={(e) => p.onChange({ sizeBy: e.target.value as SizeBy })}
        >
          {MEASURES.map((m) => (
            <option key={m} value={m}>
              {m === 'weightedDegree' && byFile
                ? "Weighted degree (file's weights)"
                : MEASURE_LABELS[m]}
            </option>
          ))}
          {hasFileSizes && (
            <optgroup label="From the file">
              {choices.fileSizes && <option value="file">File sizes</option>}
              {choices.numeric.map((k) => (
                <option key={k} value={`attr:${k}`}>
                  {k}
                </option>
              ))}
            </optgroup>
          )}
          {!isMeasure(p.sizeBy) && !isOffered(p.sizeBy, choices.numeric, choices.fileSizes) && (
            <option value={p.sizeBy}>{sizeAttr ?? 'The file’s sizes'} (not in this graph)</option>
          )}
        </select>
      </label>
      <p className="hint" id={`${id}-size-hint`}>
        Node size: {sizeMeaning(p.sizeBy, byFile, range)}.
      </p>
      <label className="encoding-field" htmlFor={`${id}-colour`}>
        <span>Colour by</span>
        <select
          id={`${id}-colour`}
          value={p.colourBy}
          onChange={(e) => p.onChange({ colourBy: e.target.value as ColourBy })}
        >
          <option value="type">Entity type</option>
          <option value="community">Community</option>
          {hasFileColours && (
            <optgroup label="From the file">
              {choices.fileColours && <option value="file">File colours</option>}
              {choices.categorical.map((k) => (
                <option key={k} value={`attr:${k}`}>
                  {k}
                </option>
              ))}
            </optgroup>
          )}
          {(p.colourBy === 'file' || colourAttr !== undefined) &&
            !isOffered(p.colourBy, choices.categorical, choices.fileColours) && (
              <option value={p.colourBy}>
                {colourAttr ?? 'Colours from the file'} (not in this graph)
              </option>
            )}
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
        legend && (
          <>
            <p className="hint">{colourMeaning(p.colourBy)} Shape still shows the type.</p>
            <ul className="community-legend" aria-label={legendName(p.colourBy)}>
              {legend.map((c, i) => (
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

function isOffered(choice: string, attributes: readonly string[], file: boolean): boolean {
  const a = attributeOf(choice);
  return a !== undefined ? attributes.includes(a) : file;
}

const fmt = (n: number) => Number(n.toPrecision(4)).toLocaleString('en');

function sizeMeaning(
  sizeBy: SizeBy,
  byFile: boolean,
  range: { min: number; max: number; missing: number } | undefined,
): string {
  if (isMeasure(sizeBy))
    return sizeBy === 'weightedDegree' && byFile
      ? "relations counted by the file's edge weights (an edge without one counts 1)"
      : MEASURE_MEANINGS[sizeBy];
  const what = attributeOf(sizeBy) ? `the file’s “${attributeOf(sizeBy)}”` : 'the file’s own sizes';
  if (!range) return `${what} (no node has a number there)`;
  const missing = range.missing ? `; ${range.missing} without one drawn smallest` : '';
  return `${what}, from ${fmt(range.min)} (smallest) to ${fmt(range.max)} (largest)${missing}`;
}

function colourMeaning(colourBy: ColourBy): string {
  if (colourBy === 'community')
    return 'Colour: communities found by Louvain — groups of entities more linked to each other than to the rest.';
  if (colourBy === 'file') return 'Colour: the colours the file gives its nodes.';
  return `Colour: the file’s “${attributeOf(colourBy)}”, most frequent values first.`;
}

function legendName(colourBy: ColourBy): string {
  if (colourBy === 'community') return 'Communities';
  if (colourBy === 'file') return 'Colours from the file';
  return `Colours by ${attributeOf(colourBy)}`;
}
