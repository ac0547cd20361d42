import { formatProblem } from '../../data/problems';
import { useEditor } from './CurateBar';
import type { Editor } from './editor';

interface Props {
  editor: Editor;
  /** Selects an entity or relation named by a problem. */
  onGo: (id: string) => void;
  onClose: () => void;
}

/**
 * What the validator (the same as npm run validate) finds in the edited
 * dataset, as it is edited: each problem with a link to what it is about.
 */
export function ProblemsRegion({ editor, onGo, onClose }: Props) {
  const { problems, dataset } = useEditor(editor);
  const known = (id?: string) =>
    Boolean(
      id &&
      (dataset.entities.some((e) => e.id === id) || dataset.relations.some((r) => r.id === id)),
    );
  return (
    <section className="curate-problems" aria-label="Problems">
      <header>
        <h2>Problems</h2>
        <button type="button" onClick={onClose} aria-label="Close Problems">
          ×
        </button>
      </header>
      {problems.length === 0 ? (
        <p>No problems: the dataset validates.</p>
      ) : (
        <ul>
          {problems.map((p, i) => (
            <li key={i} className={p.severity}>
              <span>{formatProblem(p)}</span>
              {known(p.id) && (
                <button type="button" className="link" onClick={() => onGo(p.id!)}>
                  Go to {p.id}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
