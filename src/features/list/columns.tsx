import type { FileAttributes } from '../../model';
import type { EntityRow, RelationRow } from '../../graph/listRows';
import { ShowInArticle } from '../article/showInArticle';
import { TypeIcon } from '../legend/TypeIcon';
import type { ColumnSpec } from './ListGrid';

const orUndefined = (s: string) => s || undefined;

export const ENTITY_TABLE: readonly ColumnSpec<EntityRow>[] = [
  { id: 'name', header: 'Name', sortValue: (r) => r.name, render: (r) => r.name },
  {
    id: 'type',
    header: 'Type',
    sortValue: (r) => r.type,
    render: (r) => (
      <>
        <TypeIcon type={r.entityType} /> {r.type}
      </>
    ),
  },
  { id: 'date', header: 'Date', sortValue: (r) => orUndefined(r.dateKey), render: (r) => r.date },
  {
    id: 'relations',
    header: 'Relations',
    sortValue: (r) => r.relations,
    render: (r) => r.relations,
    numeric: true,
  },
];

export const RELATION_TABLE: readonly ColumnSpec<RelationRow>[] = [
  { id: 'source', header: 'From', sortValue: (r) => r.source, render: (r) => r.source },
  { id: 'relation', header: 'Relation', sortValue: (r) => r.relation, render: (r) => r.relation },
  { id: 'target', header: 'To', sortValue: (r) => r.target, render: (r) => r.target },
  { id: 'date', header: 'Date', sortValue: (r) => orUndefined(r.dateKey), render: (r) => r.date },
  {
    id: 'speaker',
    header: 'Speaker',
    sortValue: (r) => orUndefined(r.speaker),
    render: (r) => r.speaker,
  },
  { id: 'side', header: 'Side', sortValue: (r) => orUndefined(r.side), render: (r) => r.side },
  {
    id: 'quote',
    header: 'Quote',
    sortValue: (r) => orUndefined(r.quote),
    render: (r) => (
      <span className="list-quote">
        <q>{r.quote}</q>
        {r.quotes > 1 && <span className="count"> ({r.quotes} quotes)</span>}
      </span>
    ),
  },
  {
    id: 'sourceTitle',
    header: 'Source',
    sortValue: (r) => orUndefined(r.sourceTitle),
    render: (r) => (
      <>
        {r.sourceTitle}
        {r.quoteSource && (
          // A pointer shortcut: the row keeps the one Tab stop (Enter selects it, Details has the same button).
          <ShowInArticle source={r.quoteSource} relation={r.id} tabIndex={-1} />
        )}
      </>
    ),
  },
];

/** A file attribute as a table column: numbers sort as numbers and align right. */
export function attributeTableColumn<R extends { attributes?: FileAttributes }>(
  key: string,
  numeric: boolean,
): ColumnSpec<R> {
  return {
    id: `attr:${key}`,
    header: key,
    sortValue: (r) => {
      const v = r.attributes?.[key];
      return typeof v === 'boolean' ? String(v) : v;
    },
    render: (r) => {
      const v = r.attributes?.[key];
      return v === undefined ? '' : String(v);
    },
    ...(numeric ? { numeric: true } : {}),
  };
}
