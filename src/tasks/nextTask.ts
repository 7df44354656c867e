/**
 * Resolves in a later main-thread task, so that long work split there leaves the browser free to paint
 * and answer input between its parts (a task over 50 ms is a "long task"; #13 wants none over 200 ms).
 * `scheduler.yield()` where the browser has it (Chromium): the rest then runs before other queued
 * tasks. Elsewhere a zero timer, which runs after the tasks already queued.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
