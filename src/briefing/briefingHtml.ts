/** What a briefing file carries besides the app: the dataset and the view to open on. */
export interface BriefingPayload {
  /** The dataset as the app holds it; it passes the validator again when the briefing opens. */
  dataset: unknown;
  /** The view as a query string, e.g. `?asof=2023-09-25&entity=smt-ilogic`. */
  search: string;
}

export const BRIEFING_GLOBAL = 'SUPPLY_LINES_BRIEFING';

/** Makes text safe inside an inline <script>: no `</script` or `<!--` can end or bend it. */
export function escapeInlineScript(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/**
 * One self-contained HTML file: the app's CSS and JavaScript inlined, and the dataset and view as
 * JSON. It opens from disk with no server and no network.
 */
export function briefingHtml(options: { title: string; css: string; js: string; payload: BriefingPayload }): string {
  // JSON with `<` escaped cannot close the script element it sits in.
  const payload = JSON.stringify(options.payload).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>${escapeHtml(`Supply Lines — ${options.title}`)}</title>
<style>${options.css.replace(/<\/(style)/gi, '<\\/$1')}</style>
<script>window.${BRIEFING_GLOBAL} = ${payload};</script>
</head>
<body>
<div id="root"></div>
<script type="module">${escapeInlineScript(options.js)}</script>
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);
}
