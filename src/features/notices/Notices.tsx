interface Props {
  notices: string[];
  onDismiss: () => void;
}

/** Short, dismissible notices (e.g. a link naming an unknown id). */
export function Notices({ notices, onDismiss }: Props) {
  if (!notices.length) return null;
  return (
    <div className="notice" role="status">
      <ul>
        {notices.map((n, i) => (
          <li key={i}>{n}</li>
        ))}
      </ul>
      <button type="button" className="icon-button" aria-label="Dismiss notice" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
