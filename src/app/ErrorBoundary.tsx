import './crash.css';
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { TechnicalDetails } from '../features/notices/PlainErrorMessage';
import { isChunkLoadError, technicalDetail } from '../features/notices/plainError';

interface Props {
  /** What the boundary holds, for the message ("Details", "Graph"). */
  name: string;
  children: ReactNode;
  /** The way back to a known-good state; shown in every fallback when given. */
  onResetToBundled?: () => void;
  /** Top level: the fallback takes the whole page. */
  page?: boolean;
  /** Where the fallback sits (a class from crash.css), for panels laid over the page. */
  placement?: string;
  /** A panel that can be closed offers Close in its fallback too (the way out when Try again fails again). */
  onClose?: () => void;
}

interface State {
  error: Error | null;
}

/**
 * A crash stays where it happened: the rest of the page keeps working, the
 * message says what broke, and "Try again" or "Reset to bundled dataset" get
 * back. No stack traces on screen; the error goes to the console.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.warn(`Parley: the ${this.props.name} crashed`, error, info.componentStack);
  }

  private retry = () => this.setState({ error: null });

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { name, page, onResetToBundled, placement, onClose } = this.props;
    const Tag = page ? 'main' : 'section';
    const chunk = isChunkLoadError(error);
    return (
      <Tag
        className={page ? 'splash error crash' : ['crash', placement].filter(Boolean).join(' ')}
        role="alert"
        aria-label={`${name} failed`}
      >
        <h2>
          {chunk
            ? 'Part of Parley could not be loaded'
            : page
              ? 'Parley ran into a problem'
              : `The ${name} could not be shown`}
        </h2>
        <p>
          {chunk
            ? 'Check your connection and reload. Nothing was lost: the address keeps your view.'
            : page
              ? 'Something in this dataset broke the page. Nothing was lost: the bundled dataset, and the last file that drew correctly, are still there.'
              : 'The rest of the page still works. Try again, or reset to the bundled dataset.'}
        </p>
        <TechnicalDetails detail={technicalDetail(error)} />
        <div className="panel-actions">
          {chunk && (
            <button type="button" className="primary" onClick={() => window.location.reload()}>
              Reload
            </button>
          )}
          <button type="button" onClick={this.retry}>
            Try again
          </button>
          {onClose && (
            <button
              type="button"
              onClick={() => {
                this.retry();
                onClose();
              }}
            >
              Close
            </button>
          )}
          {onResetToBundled && (
            <button type="button" className="primary" onClick={onResetToBundled}>
              Reset to bundled dataset
            </button>
          )}
        </div>
      </Tag>
    );
  }
}
