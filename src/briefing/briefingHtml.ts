import { briefingPolicy } from '../security/contentSecurityPolicy';

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
 * JSON. It opens from disk with no server and no network, under its own Content-Security-Policy that
 * allows exactly these inline scripts and styles.
 */
export async function briefingHtml(options: {
  title: string;
  css: string;
  js: string;
  payload: BriefingPayload;
}): Promise<string> {
  // JSON with `<` escaped cannot close the script element it sits in.
  const payloadScript = `window.${BRIEFING_GLOBAL} = ${JSON.stringify(options.payload).replace(/</g, '\\u003c')};`;
  const appScript = asParsed(escapeInlineScript(options.js));
  const style = asParsed(options.css.replace(/<\/(style)/gi, '<\\/$1'));
  const policy = await briefingPolicy({ scripts: [payloadScript, appScript], styles: [style] });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="UTF-8" />
<meta http-equiv="Content-Security-Policy" content="${policy}" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>${escapeHtml(`Supply Lines — ${options.title}`)}</title>
<style>${style}</style>
<script>${payloadScript}</script>
</head>
<body>
<div id="root"></div>
<script type="module">${appScript}</script>
</body>
</html>
`;
}

/** Text as the HTML parser will hand it on (CR and CRLF read as LF), so its hash is the one the browser checks. */
function asParsed(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function escapeHtml(text: string): string {
  return text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);
}
