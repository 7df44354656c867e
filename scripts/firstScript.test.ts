import { describe, expect, it } from 'vitest';
import { firstScriptFiles } from './firstScript';

describe('firstScriptFiles', () => {
  it('counts the entry script and every chunk it preloads, not the stylesheet', () => {
    const html = `<head>
    <script type="module" crossorigin src="./assets/index-a.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/store-b.js">
    <link rel="modulepreload" crossorigin href="./assets/jsx-c.js">
    <link rel="stylesheet" crossorigin href="./assets/index-d.css">
    </head>`;
    expect(firstScriptFiles(html)).toEqual(['assets/index-a.js', 'assets/store-b.js', 'assets/jsx-c.js']);
  });

  it('says so when there is no entry script', () => {
    expect(() => firstScriptFiles('<head></head>')).toThrow('firstScriptFiles: index.html has no module script');
  });
});
