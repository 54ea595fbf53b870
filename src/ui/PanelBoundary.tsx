// Contains a failure to one panel or chart: an error thrown while rendering it replaces only that
// part with a short message and a "reload this panel" button, which mounts it afresh.
import { Component, Fragment, type ErrorInfo, type ReactNode } from 'react';
import { useT } from '../i18n/useT';
import { retryFailedChunks } from './retryableLazy';

interface Props {
  /** Names the panel in the console report (not shown to users). */
  name: string;
  children: ReactNode;
  /**
   * For a dialog or overlay: the message floats over the page (the dialog's own place may be
   * off screen), with a close button that calls this.
   */
  onDismiss?: () => void;
}

interface State {
  error: Error | null;
  /** Bumped on reload, so the panel's subtree (and its state) is created anew. */
  generation: number;
}

function PanelError({ onReload, onDismiss }: { onReload: () => void; onDismiss: (() => void) | undefined }) {
  const tr = useT();
  return (
    <div className={onDismiss ? 'panel-error floating' : 'panel-error'} role="alert" data-testid="panel-error">
      <p>{tr('panelFailed')}</p>
      <button type="button" className="text-button" onClick={onReload}>
        {tr('panelReload')}
      </button>
      {onDismiss && (
        <button type="button" className="text-button" onClick={onDismiss}>
          {tr('close')}
        </button>
      )}
    </div>
  );
}

export class PanelBoundary extends Component<Props, State> {
  override state: State = { error: null, generation: 0 };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Kept for whoever debugs it; React has already reported the error itself.
    console.warn(`panel "${this.props.name}" failed:`, error.message, info.componentStack ?? '');
  }

  reload = () => {
    retryFailedChunks();
    this.setState((s) => ({ error: null, generation: s.generation + 1 }));
  };

  override render() {
    if (this.state.error) return <PanelError onReload={this.reload} onDismiss={this.props.onDismiss} />;
    return <Fragment key={this.state.generation}>{this.props.children}</Fragment>;
  }
}
