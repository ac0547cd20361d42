import { useEffect, useRef, useState } from 'react';

type Copied = 'idle' | 'done' | 'failed';

const STATUS: Record<Copied, string> = {
  idle: '',
  done: 'Link copied',
  failed: 'Could not copy the link: copy the address from the address bar instead.',
};

/**
 * "Copy link to this view": the address already holds the whole view
 * (selection, filters, layout, path), so copying it is the link. The outcome
 * is announced politely and fades after a few seconds.
 */
export function CopyLinkButton() {
  const [copied, setCopied] = useState<Copied>('idle');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const copy = async () => {
    let outcome: Copied = 'done';
    try {
      await navigator.clipboard.writeText(window.location.href);
    } catch (e) {
      console.warn('Parley: copying the link failed', e);
      outcome = 'failed';
    }
    setCopied(outcome);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setCopied('idle'), outcome === 'done' ? 4000 : 10000);
  };
  return (
    <>
      <button type="button" aria-label="Copy link to this view" onClick={() => void copy()}>
        Copy link
      </button>
      <span className="copy-status" role="status" aria-live="polite">
        {STATUS[copied]}
      </span>
    </>
  );
}
