import { useLayoutEffect, useState } from 'react';
import { overlayTop } from './fitClear';

/**
 * The graph's busy status. Centred while nothing can be used yet; once the
 * graph is drawn and only refining (`aside`), it steps to the top-right corner
 * below the graph toolbar: the centre is where a sunflower draw puts the hubs.
 */
export function GraphProgress({
  status,
  aside,
  container,
}: {
  status: string;
  aside: boolean;
  container: { current: HTMLElement | null };
}) {
  const [top, setTop] = useState<number | undefined>();
  useLayoutEffect(() => {
    if (aside) setTop(overlayTop(container.current) + 8);
  }, [aside, container]);
  return (
    <div
      className={aside ? 'graph-progress aside' : 'graph-progress'}
      role="status"
      style={aside && top !== undefined ? { top } : undefined}
    >
      <span className="spinner" aria-hidden="true" /> {status}
    </div>
  );
}
