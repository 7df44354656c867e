import { Component, type ReactNode } from 'react';
import { CrashPage } from './CrashPage';

/** The last line of defence: says what broke and offers a clean view; no stored data is touched. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  render() {
    return this.state.error ? <CrashPage error={this.state.error} /> : this.props.children;
  }
}
