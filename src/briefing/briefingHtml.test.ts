import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { CYTOSCAPE_STYLE } from '../security/contentSecurityPolicy';
import { BRIEFING_GLOBAL, briefingHtml, escapeInlineScript } from './briefingHtml';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('briefingHtml', () => {
  let html = '';
  beforeAll(async () => {
    html = await briefingHtml({
      title: 'Rounds <2023> & more',
      css: 'body { color: red }\r\n',
      js: 'const s = "</script><script>alert(1)</script>";',
      payload: { dataset: { title: '</script><img src=x onerror=alert(1)>' }, search: '?asof=2023-09-25' },
    });
  });

  it('inlines CSS, JavaScript and the payload in one document', () => {
    expect(html).toContain('<style>body { color: red }\n</style>');
    expect(html).toContain(`window.${BRIEFING_GLOBAL} = {`);
    expect(html).toContain('"search":"?asof=2023-09-25"');
    expect(html).toContain('<title>Supply Lines — Rounds &lt;2023&gt; &amp; more</title>');
  });

  it('cannot be broken out of by names or code holding </script>', () => {
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).toContain('\\u003c/script>\\u003cimg');
    expect(escapeInlineScript('a</SCRIPT>b<!--c')).toBe('a<\\/SCRIPT>b<\\!--c');
  });

  it('keeps the payload readable as JSON', () => {
    const json = html.match(new RegExp(`window\\.${BRIEFING_GLOBAL} = (.*);</script>`))![1]!;
    expect(JSON.parse(json)).toEqual({
      dataset: { title: '</script><img src=x onerror=alert(1)>' },
      search: '?asof=2023-09-25',
    });
  });

  it('allows exactly its own inline scripts and styles, by hash, and connects nowhere', () => {
    const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/)![1]!;
    const directives = Object.fromEntries(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    const scripts = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => sha256(m[1]!));
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => sha256(m[1]!));
    expect(directives['script-src']).toEqual(scripts);
    expect(directives['style-src']).toEqual([...styles, sha256(CYTOSCAPE_STYLE)]);
    expect(directives['connect-src']).toEqual(["'none'"]);
    expect(directives['default-src']).toEqual(["'none'"]);
    expect(policy).not.toContain('unsafe');
    // Before any script or style, so it covers them all.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
  });
});
