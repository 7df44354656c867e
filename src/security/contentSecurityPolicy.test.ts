import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { appPolicy, CYTOSCAPE_STYLE } from './contentSecurityPolicy';

describe('appPolicy', () => {
  it('runs no inline or eval’d script, plugins or base changes, and connects only to its own site', async () => {
    const directives = Object.fromEntries(
      (await appPolicy()).split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]),
    );
    expect(directives).toMatchObject({
      'script-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'connect-src': ["'self'"],
      'worker-src': ["'self'", 'blob:'],
    });
    expect(Object.values(directives).flat().join(' ')).not.toContain('unsafe');
  });
});

describe('CYTOSCAPE_STYLE', () => {
  it('is the style element Cytoscape adds to the page, so its hash still matches after an upgrade', () => {
    const source = readFileSync(createRequire(import.meta.url).resolve('cytoscape'), 'utf8');
    const [selector, rule] = CYTOSCAPE_STYLE.split(' { ');
    expect(source).toContain(`'${selector!.slice(1)}'`);
    expect(source).toContain(`' { ${rule}'`);
  });
});
