/**
 * The Content-Security-Policy of the built app and of the briefing file, as <meta http-equiv> (a
 * static host may send no headers). Scripts run only from the app's own files (the briefing: only its
 * own inline scripts, by hash), nothing is eval'd, and nothing is sent anywhere else. A meta policy
 * cannot set frame-ancestors or report-uri, so neither is here.
 */

/**
 * Cytoscape's renderer adds one <style> element to the page with exactly this text (cytoscape 3.x,
 * base renderer); the policy allows it by hash rather than allowing every inline style.
 */
export const CYTOSCAPE_STYLE = '.__________cytoscape_container { position: relative; }';

type Directives = Record<string, readonly string[]>;

function policyText(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** A CSP hash source (`'sha256-…'`) for an inline script's or style's exact text. */
export async function hashSource(text: string): Promise<string> {
  // Web Crypto: in the browser (where it needs https or localhost) and in Node, for the build.
  if (!globalThis.crypto?.subtle)
    throw new Error('hashSource: this page cannot hash (Web Crypto needs an https address or localhost)');
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return `'sha256-${btoa(String.fromCharCode(...digest))}'`;
}

/**
 * The built app's policy. Workers come from the app's folder (blob: too, for libraries that make
 * them from code); images may be data: and blob: URLs (canvas pictures, exports, print); fetches go
 * only to the app's own site (`?data=` files, and the app's own files when making a briefing).
 */
export async function appPolicy(): Promise<string> {
  return policyText({
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'style-src': ["'self'", await hashSource(CYTOSCAPE_STYLE)],
    'img-src': ["'self'", 'data:', 'blob:'],
    'connect-src': ["'self'"],
    'worker-src': ["'self'", 'blob:'],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
  });
}

/**
 * A briefing file's policy: it runs only its own inline scripts and styles, by hash, and connects
 * nowhere (it is made to be opened from disk, with no network).
 */
export async function briefingPolicy(inline: {
  scripts: readonly string[];
  styles: readonly string[];
}): Promise<string> {
  return policyText({
    'default-src': ["'none'"],
    'script-src': await Promise.all(inline.scripts.map(hashSource)),
    'style-src': await Promise.all([...inline.styles, CYTOSCAPE_STYLE].map(hashSource)),
    'img-src': ['data:', 'blob:'],
    'connect-src': ["'none'"],
    'worker-src': ["'none'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
  });
}
