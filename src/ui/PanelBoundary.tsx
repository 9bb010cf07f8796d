import { Component, type ReactNode } from 'react';

interface PanelBoundaryProps {
  /** What failed, said to the user: "<panel> stopped working: <message>". */
  failedText: (message: string) => string;
  reloadLabel: string;
  /** Before the panel is drawn again (a lazily loaded panel loads anew). */
  onReload?: () => void;
  children: ReactNode;
}

/**
 * An exception while drawing one panel stays in that panel: it shows what failed and a button that
 * draws the panel again, and the rest of the app keeps working.
 */
export class PanelBoundary extends Component<PanelBoundaryProps, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown): { error: Error } {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  private readonly reload = () => {
    this.props.onReload?.();
    this.setState({ error: null });
  };

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div role="alert" className="panel-failed">
        <p>{this.props.failedText(error.message)}</p>
        <button type="button" className="button" onClick={this.reload}>
          {this.props.reloadLabel}
        </button>
      </div>
    );
  }
}
