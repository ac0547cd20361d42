import './fileAttributes.css';
import type { FileAttributes as Attrs } from '../../model';

interface Props {
  attributes?: Attrs;
  /** A relation's weight and how many repeated edges of the file it stands for. */
  weight?: number;
  count?: number;
  undirected?: boolean;
}

/**
 * What an imported file said that no Parley field holds, under its own names
 * (plain text: React escapes every value).
 */
export function FileAttributes({ attributes, weight, count, undirected }: Props) {
  const rows: [string, string][] = [];
  if (undirected) rows.push(['Direction', 'undirected (read both ways)']);
  if (weight !== undefined) rows.push(['Weight', formatValue(weight)]);
  if (count !== undefined) rows.push(['Edges in the file', `${count} (merged into this one)`]);
  for (const [k, v] of Object.entries(attributes ?? {})) rows.push([k, formatValue(v)]);
  if (!rows.length) return null;
  return (
    <section className="file-attributes" aria-label="From the file">
      <h3>From the file</h3>
      <dl className="facts">
        {rows.map(([k, v]) => (
          <div key={k} className="file-attribute">
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function formatValue(v: string | number | boolean): string {
  if (typeof v === 'number') return Number.isInteger(v) ? v.toLocaleString('en') : String(v);
  return String(v);
}
