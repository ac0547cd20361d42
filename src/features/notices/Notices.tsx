import { useRef } from 'react';
import { PlainErrorMessage } from './PlainErrorMessage';
import type { PlainError } from './plainError';
import './notices.css';

/** A line of news (a link named an unknown id), or an error in plain words. */
export type Notice = string | PlainError;

interface Props {
  notices: readonly Notice[];
  onDismiss: () => void;
}

/**
 * Short, dismissible notices (e.g. a link naming an unknown id), in a status
 * row of their own between the top bar and the graph, so that they never
 * cover what the graph draws. News is announced politely; an error (the
 * link could not be copied, the file could not be kept) at once, with its
 * technical details folded away.
 */
export function Notices({ notices, onDismiss }: Props) {
  const box = useRef<HTMLDivElement>(null);
  if (!notices.length) return null;
  const news = notices.filter((n): n is string => typeof n === 'string');
  const errors = notices.filter((n): n is PlainError => typeof n !== 'string');
  const dismiss = () => {
    const hadFocus = box.current?.contains(document.activeElement) ?? false;
    onDismiss();
    // The button goes away with the row: focus moves on to what the row sat above.
    if (hadFocus) stageTarget()?.focus();
  };
  return (
    <div className="notice" ref={box}>
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
      <button type="button" className="icon-button" aria-label="Dismiss notice" onClick={dismiss}>
        ×
      </button>
    </div>
  );
}

/** The List view when it is shown, else the graph. */
function stageTarget(): HTMLElement | null {
  const list = document.querySelector<HTMLElement>('#list');
  if (list) return list.querySelector<HTMLElement>('[role="row"][tabindex="0"], [role="tab"]');
  return document.querySelector<HTMLElement>('[data-testid="graph"]');
}
