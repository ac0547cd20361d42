import { PlainErrorMessage } from './PlainErrorMessage';
import type { PlainError } from './plainError';

/** A line of news (a link named an unknown id), or an error in plain words. */
export type Notice = string | PlainError;

interface Props {
  notices: readonly Notice[];
  onDismiss: () => void;
}

/**
 * Short, dismissible notices (e.g. a link naming an unknown id). News is
 * announced politely; an error (the link could not be copied, the file
 * could not be kept) at once, with its technical details folded away.
 */
export function Notices({ notices, onDismiss }: Props) {
  if (!notices.length) return null;
  const news = notices.filter((n): n is string => typeof n === 'string');
  const errors = notices.filter((n): n is PlainError => typeof n !== 'string');
  return (
    <div className="notice">
      <div className="notice-body">
        {news.length > 0 && (
          <div role="status">
            <ul>
              {news.map((n, i) => (
                <li key={i}>{n}</li>
              ))}
            </ul>
          </div>
        )}
        {errors.map((e, i) => (
          <PlainErrorMessage key={i} error={e} />
        ))}
      </div>
      <button type="button" className="icon-button" aria-label="Dismiss notice" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
