/**
 * Parts of the app load on first use (import, export, the briefing, rarely used panels). When one
 * does not arrive (offline, or a new version was published since the page opened and the old files
 * are gone), the user is told which part and what to do.
 */
export class ChunkLoadError extends Error {
  readonly code = 'chunk-load-failed';
  constructor(part: string, cause: unknown) {
    super(
      `Supply Lines could not load its ${part} (${cause instanceof Error ? cause.message : String(cause)}). Check the connection and reload the page.`,
    );
    this.name = 'ChunkLoadError';
  }
}

/** Loads a part of the app on first use; a failure becomes a `ChunkLoadError` naming the part. */
export function loadPart<T>(part: string, load: () => Promise<T>): Promise<T> {
  return load().catch((error: unknown) => {
    throw new ChunkLoadError(part, error);
  });
}
