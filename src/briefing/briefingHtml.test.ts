import { describe, expect, it } from 'vitest';
import { BRIEFING_GLOBAL, briefingHtml, escapeInlineScript } from './briefingHtml';

describe('briefingHtml', () => {
  const html = briefingHtml({
    title: 'Rounds <2023> & more',
    css: 'body { color: red }',
    js: 'const s = "</script><script>alert(1)</script>";',
    payload: { dataset: { title: '</script><img src=x onerror=alert(1)>' }, search: '?asof=2023-09-25' },
  });

  it('inlines CSS, JavaScript and the payload in one document', () => {
    expect(html).toContain('<style>body { color: red }</style>');
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
    expect(JSON.parse(json)).toEqual({ dataset: { title: '</script><img src=x onerror=alert(1)>' }, search: '?asof=2023-09-25' });
  });
});
