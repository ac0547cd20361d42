import { useState } from 'react';
import { fullViewAddress } from './embedAddress';

/**
 * The embed's way out: the full explorer on the view shown now, in a new tab
 * (the embed sits in someone else's page). The address changes as the reader
 * clicks through, so the link is brought up to date before it is followed.
 */
export function OpenInParley() {
  const [href, setHref] = useState(() => fullViewAddress(window.location.href));
  const refresh = (a: HTMLAnchorElement) => {
    const now = fullViewAddress(window.location.href);
    a.href = now; // followed at once, before React renders again
    setHref(now);
  };
  return (
    <a
      className="open-in-parley"
      href={href}
      target="_blank"
      rel="noopener"
      onPointerEnter={(e) => refresh(e.currentTarget)}
      onFocus={(e) => refresh(e.currentTarget)}
      onClick={(e) => refresh(e.currentTarget)}
    >
      Open in Parley<span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}
