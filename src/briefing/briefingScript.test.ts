import { describe, expect, it } from 'vitest';
import { briefingScriptName } from './briefingScript';

describe('briefingScriptName', () => {
  it.each([
    ['assets/index-BazIhibb.js', 'assets/index-BazIhibb.briefing.js'],
    ['http://localhost:4173/sub/assets/index-x.js', 'http://localhost:4173/sub/assets/index-x.briefing.js'],
  ])('%s → %s', (entry, expected) => expect(briefingScriptName(entry)).toBe(expected));

  it('refuses what is not a script', () => {
    expect(() => briefingScriptName('assets/index.css')).toThrow(
      'briefingScriptName: "assets/index.css" is not a script',
    );
  });
});
