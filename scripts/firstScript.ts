/**
 * The files a browser loads before the app runs, read from the built index.html: the entry script
 * and every chunk it imports statically (Vite lists those as modulepreload links). What loads on
 * first use (import(), workers) is not among them.
 */
export function firstScriptFiles(html: string): string[] {
  const entry = html.match(/<script type="module"[^>]*\ssrc="\.?\/?([^"]+)"/)?.[1];
  if (!entry) throw new Error('firstScriptFiles: index.html has no module script');
  const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]*\shref="\.?\/?([^"]+)"/g)].map((m) => m[1]!);
  return [entry, ...preloads];
}
