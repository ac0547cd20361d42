import { Suspense, type ReactNode } from 'react';
import { ErrorBoundary } from './ErrorBoundary';

interface Props {
  /** What the panel is, for the fallback's name ("path search failed"). */
  name: string;
  /** Shown while the panel's code loads. */
  loading?: ReactNode;
  onResetToBundled?: () => void;
  /** Where the failure message sits: over the stage (panels laid over the graph) or in the Details column. */
  placement?: 'over-stage' | 'in-details' | 'in-slot' | 'in-top';
  /** Closes the panel: offered in the failure message too. */
  onClose?: () => void;
  children: ReactNode;
}

/**
 * A panel whose code is loaded on demand: while it loads, `loading` stands in;
 * if its chunk does not arrive or it crashes, only this panel says so ("Part
 * of Parley could not be loaded", with Reload and "Reset to bundled dataset")
 * and the rest of the explorer keeps working.
 */
export function LazyPanel({
  name,
  loading = null,
  onResetToBundled,
  placement = 'over-stage',
  onClose,
  children,
}: Props) {
  return (
    <ErrorBoundary
      name={name}
      onResetToBundled={onResetToBundled}
      placement={`crash-${placement}`}
      onClose={onClose}
    >
      <Suspense fallback={loading}>{children}</Suspense>
    </ErrorBoundary>
  );
}
