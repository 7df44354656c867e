import { Component, lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { ChunkLoadError, loadPart } from '../../lazy/loadPart';

/**
 * A component whose code loads when it is first drawn, for parts of the app most sessions never use
 * (import and merge dialogs, the table, rarely used tools). Until it arrives a short "Loading…"
 * stands in; if it cannot arrive, a message names the part and what to do. Other errors inside the
 * part go on to the app's error boundary.
 */
export function lazyPart<P extends object>(
  part: string,
  load: () => Promise<ComponentType<P>>,
): ComponentType<P> & { preload: () => void } {
  let loading: Promise<{ default: ComponentType<P> }> | null = null;
  const loadOnce = () => (loading ??= loadPart(part, load).then((component) => ({ default: component })));
  const Lazy = lazy(loadOnce);
  function LazyPart(props: P) {
    return (
      <PartBoundary>
        <Suspense fallback={<p className="loading">Loading {part}…</p>}>
          <Lazy {...props} />
        </Suspense>
      </PartBoundary>
    );
  }
  LazyPart.displayName = `LazyPart(${part})`;
  /** Starts loading before the part is drawn, when it is about to be (an import has begun). */
  const preload = () => void loadOnce().catch(() => {});
  return Object.assign(LazyPart, { preload });
}

class PartBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  state = { error: null as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  render() {
    // Not a part that failed to load: thrown on, to the app's own boundary.
    if (this.state.error && !(this.state.error instanceof ChunkLoadError)) throw this.state.error;
    return this.state.error instanceof ChunkLoadError ? (
      <p role="alert" className="error">
        {this.state.error.message}
      </p>
    ) : (
      this.props.children
    );
  }
}
