import { describe, expect, it } from 'vitest';
import { legendItems } from '../graph/legendItems';
import { composeSvg, exportFrame, SOURCE_CHAR_WIDTH } from './composeSvg';
import { legendSvg } from './legendSvg';

const everyEntry = legendItems(null, 'light');
const meta = {
  title: 'Ties <&> "quotes"',
  subtitle: 'As of 2023-09-25',
  sourceLine: 'Sources: BIS & OFAC',
  legend: everyEntry,
};

describe('composeSvg', () => {
  it('puts title, subtitle, legend and source line around the graph, with text escaped', () => {
    const svg = composeSvg(meta, 800, 500, { svg: '<?xml version="1.0"?><svg><text>SMT-iLogic</text></svg>' });
    expect(svg).toContain('Ties &lt;&amp;&gt; &quot;quotes&quot;');
    expect(svg).toContain('Sources: BIS &amp; OFAC');
    expect(svg).toContain('<text>SMT-iLogic</text>');
    expect(svg).not.toContain('<?xml');
    expect(svg).toContain('Sanctioned as of the date');
  });

  it('sizes the picture to hold the graph, the legend and the margins', () => {
    const frame = exportFrame(800, 500, meta);
    expect(frame.width).toBe(832);
    expect(frame.height).toBeGreaterThan(500 + frame.legend.height);
    expect(composeSvg(meta, 800, 500, { href: 'data:image/png;base64,AAAA' })).toContain(
      `width="${frame.width}" height="${frame.height}"`,
    );
  });

  it('wraps a long source line instead of cutting it', () => {
    const sourceLine = 'Sources: ' + 'A publisher with a long name; '.repeat(12);
    const svg = composeSvg({ ...meta, sourceLine }, 400, 300, null);
    const frame = exportFrame(400, 300, { ...meta, sourceLine });
    expect(frame.sourceLines.length).toBeGreaterThan(2);
    expect(frame.sourceLines.every((line) => line.length <= Math.floor(400 / SOURCE_CHAR_WIDTH))).toBe(true);
    expect(frame.height).toBeGreaterThan(exportFrame(400, 300, { ...meta, sourceLine: 'short' }).height);
    expect(frame.sourceLines.join(' ')).toBe(sourceLine.trim());
    for (const line of frame.sourceLines) expect(svg).toContain(`>${line}</text>`);
  });

  it('flows the legend into more rows when narrower', () => {
    expect(legendSvg(300, everyEntry).height).toBeGreaterThan(legendSvg(1200, everyEntry).height);
  });

  it('draws the entries it is given, each with its label and its swatch, and no band without any', () => {
    const rings = everyEntry.filter((item) => item.group === 'Sanctions status');
    const { markup } = legendSvg(800, rings);
    expect(markup.match(/<text /g)).toHaveLength(rings.length);
    expect(markup).toContain('>On the path found</text>');
    expect(markup).toContain('stroke-dasharray="3.1 2.2"');
    expect(markup).not.toContain('Money: pays');
    expect(legendSvg(800, []).height).toBe(0);
  });
});

describe('composeSvg leaves out the top of a graph picture when asked', () => {
  it('shows the graph picture from `top` down, at the frame size', () => {
    const svg = composeSvg(meta, 800, 430, { svg: '<svg><text>disc</text></svg>', top: 70 });
    expect(svg).toContain('width="800" height="430" viewBox="0 70 800 430"><svg><text>disc</text></svg></svg>');
  });

  it('reads the picture in its own units where it was drawn at the screen pixel ratio (2x)', () => {
    const drawn = '<?xml version="1.0"?><svg version="1.1" width="1600" height="1000"><text>disc</text></svg>';
    expect(composeSvg(meta, 800, 430, { svg: drawn, top: 70 })).toContain('viewBox="0 140 1600 860"');
    expect(composeSvg(meta, 800, 500, { svg: drawn })).toContain('viewBox="0 0 1600 1000"');
  });
});
