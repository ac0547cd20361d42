import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { plainError, type PlainError } from '../notices/plainError';
import { ToolButton, useToolbarMenu } from './ToolbarMenu';
import './toolbar.css';

/**
 * "Copy link to this view": the address already holds the whole view
 * (selection, filters, layout, path), so copying it is the link. The outcome
 * is announced politely and fades after a few seconds; a failure goes to
 * `onFailed`, in plain words.
 */
export function CopyLinkButton({ onFailed }: { onFailed: (error: PlainError) => void }) {
  const [copied, setCopied] = useState(false);
  const { statusSlot } = useToolbarMenu();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const copy = async () => {
    clearTimeout(timer.current);
    try {
      await navigator.clipboard.writeText(window.location.href);
    } catch (e) {
      console.warn('Parley: copying the link failed', e);
      setCopied(false);
      // Shown with the notices, where it stays until dismissed.
      onFailed(
        plainError(e, {
          what: 'The link could not be copied.',
          todo: 'Copy the address from the address bar instead: it holds the same view.',
        }),
      );
      return;
    }
    setCopied(true);
    timer.current = setTimeout(() => setCopied(false), 4000);
  };
  const status = (
    <span className="copy-status" role="status" aria-live="polite">
      {copied ? 'Link copied' : ''}
    </span>
  );
  return (
    <>
      <ToolButton aria-label="Copy link to this view" onClick={() => void copy()}>
        Copy link
      </ToolButton>
      {/* In the phone's "More" menu, the status lives outside it: the menu closes. */}
      {statusSlot ? createPortal(status, statusSlot) : status}
    </>
  );
}
