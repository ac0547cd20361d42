import { formatLocation, type Problem } from '../../data/problems';
import { TechnicalDetails } from './PlainErrorMessage';
import './problems.css';

/** Every problem of a dataset or file: where, what, and how to fix it. */
export function ProblemList({
  problems,
  limit = 200,
}: {
  problems: readonly Problem[];
  limit?: number;
}) {
  return (
    <ol className="problems">
      {problems.slice(0, limit).map((p, i) => (
        <li key={i} className={p.severity}>
          <code>
            {formatLocation(p)}
            {p.path ? ` ${p.path}` : ''}
          </code>
          {p.id && <span className="problem-id"> [{p.id}]</span>}
          <div>{p.message}</div>
          {p.hint && <div className="hint">{p.hint}</div>}
          {p.detail && <TechnicalDetails detail={p.detail} />}
        </li>
      ))}
      {problems.length > limit && <li>… and {problems.length - limit} more</li>}
    </ol>
  );
}
