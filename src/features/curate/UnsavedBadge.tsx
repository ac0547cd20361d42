import { useCurateLink } from './curateLink';

/** "Unsaved" beside a Details heading whose entity or relation has edits not yet saved. */
export function UnsavedBadge({ id }: { id: string }) {
  const unsaved = useCurateLink((s) => s.unsaved.has(id));
  return unsaved ? <span className="unsaved-badge">Unsaved</span> : null;
}

/** The Legend's key to the canvas mark of unsaved edits, while there are some. */
export function UnsavedKey() {
  const count = useCurateLink((s) => s.unsaved.size);
  if (!count) return null;
  return (
    <p className="unsaved-key">
      <span className="unsaved-key-ring" aria-hidden="true" /> Double ring, dashed line: unsaved
      edits
    </p>
  );
}
