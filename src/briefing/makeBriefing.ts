import { openingFilters } from '../filter/openingFilters';
import type { AppState } from '../store/appState';
import { writeViewParams } from '../url/viewParams';
import { briefingHtml } from './briefingHtml';
import { briefingScriptName } from './briefingScript';

/**
 * Builds the briefing file from the running app: its own built script and stylesheet (fetched from
 * its own folder), the dataset and the current view. The script is the build's one-file copy of the
 * app (beside the entry script): the page's own loads parts on first use, which a file opened from
 * disk could not. Only the built app can do this: in `npm run dev`
 * the sources are not bundled yet.
 */
export async function makeBriefing(state: AppState): Promise<Blob> {
  if (!state.index) throw new Error('makeBriefing: no dataset is loaded');
  const scripts = [...document.querySelectorAll<HTMLScriptElement>('script[type="module"][src]')];
  const styles = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"][href]')];
  if (scripts.length === 0 || scripts.some((s) => /\.tsx?$/.test(new URL(s.src).pathname))) {
    throw new Error('a briefing can only be made from the built app (npm run build, then npm run preview)');
  }
  // The briefing's policy names its scripts by hash, and browsers hash (Web Crypto) only on secure pages.
  if (!globalThis.crypto?.subtle)
    throw new Error(
      'a briefing can only be made from an https:// address or localhost, where the browser can hash its scripts',
    );
  const [js, css] = await Promise.all([
    Promise.all(scripts.map((s) => fetchText(briefingScriptName(s.src)))).then((parts) => parts.join('\n')),
    Promise.all(styles.map((l) => fetchText(l.href))).then((parts) => parts.join('\n')),
  ]);
  const search = writeViewParams('', state, openingFilters(state.index));
  const html = await briefingHtml({
    title: state.index.dataset.title,
    css,
    js,
    payload: { dataset: state.index.dataset, search },
  });
  return new Blob([html], { type: 'text/html;charset=utf-8' });
}

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`could not read ${url} (HTTP ${response.status})`);
  return response.text();
}
