import { Component, type ReactNode } from 'react';

/** The last line of defence: says what broke and offers a clean view; no stored data is touched. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="crash" role="alert">
        <h1>Supply Lines hit an error</h1>
        <p><code>{this.state.error.message}</code></p>
        <p>Your data is safe. Resetting the view clears the filters and selection in the address.</p>
        <button type="button" onClick={() => window.location.assign(window.location.pathname)}>Reset view</button>
      </div>
    );
  }
}
