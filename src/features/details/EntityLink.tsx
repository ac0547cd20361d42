import type { MouseEvent } from 'react';
import { TypeIcon } from '../legend/TypeIcon';

interface Props {
  id: string;
  label: string;
  /** Its type as shown: built-in, or one the vocabulary adds (its own icon). */
  type: string;
  onNavigate: (id: string) => void;
}

/** A real link (Enter, middle-click and copy work) that selects the entity in place. */
export function EntityLink({ id, label, type, onNavigate }: Props) {
  const href = `?e=${encodeURIComponent(id)}`;
  return (
    <a
      href={href}
      className="entity-link"
      onClick={(e: MouseEvent) => {
        if (e.metaKey || e.ctrlKey || e.shiftKey || e.button !== 0) return;
        e.preventDefault();
        onNavigate(id);
      }}
    >
      <TypeIcon type={type} />
      {label}
    </a>
  );
}
