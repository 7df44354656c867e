import { afterEach, describe, expect, it, vi } from 'vitest';
import { canvasTextMeasurer, LABEL_FONT_SIZE, LABEL_LINE_HEIGHT, labelBox, type MeasureText } from './metrics';

/** Every character 10 wide, a space 5, so a line's width is easy to count. */
const measure: MeasureText = (text) => [...text].reduce((sum, c) => sum + (c === ' ' ? 5 : 10), 0);
const lines = (box: { height: number }) => Math.round((box.height - 4) / (LABEL_FONT_SIZE * LABEL_LINE_HEIGHT));

describe('labelBox wraps as Cytoscape does', () => {
  it.each([
    // 'aaaa bbbb': 40 + 5 + 40 = 85 fits in 100 on one line.
    ['aaaa bbbb', 100, 1, 85],
    // 'aaaa bbbb cccc' is 130: too wide. 'aaaa ' is 45; with 'bbbb ' 90, which fits; 'cccc' starts a line.
    ['aaaa bbbb cccc', 100, 2, 90],
    // 'aaaa bbbb' is 85, but Cytoscape tests a line with the space after its word: 'aaaa bbbb ' is 90, over
    // 87, so 'bbbb' wraps (the last word has no space after it: 'bbbb cc' is 65).
    ['aaaa bbbb cc', 87, 2, 65],
    // A line within a pixel of the width may wrap or not (Cytoscape measures at the size it draws, and
    // rounds up): the box is as tall as two lines and as wide as one.
    ['aaaa bbbb', 85.5, 2, 85],
    // A word wider than the width stands alone on its line.
    ['aaaaaaaaaaaa bb', 100, 2, 125],
  ])('%s at %s wide: %s lines, the widest %s', (text, maxWidth, count, widest) => {
    const box = labelBox(text, { maxWidth, measure });
    expect(lines(box)).toBe(count);
    expect(box.width).toBe(widest + 4);
  });

  it('keeps one line, and the width of the text, for a name that fits', () => {
    expect(labelBox('ab', { measure })).toEqual({ width: 24, height: LABEL_FONT_SIZE * LABEL_LINE_HEIGHT + 4 });
  });
});

describe('canvasTextMeasurer', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('measures a word once per font, sets the font only when it changes, and applies the margin', () => {
    const fonts: string[] = [];
    const measured: string[] = [];
    const context = {
      set font(value: string) {
        fonts.push(value);
      },
      measureText: (text: string) => {
        measured.push(text);
        return { width: text.length * 7 };
      },
    };
    vi.stubGlobal(
      'OffscreenCanvas',
      class {
        getContext = () => context;
      },
    );
    const measureOnCanvas = canvasTextMeasurer(1.1);
    expect(measureOnCanvas('Ltd', 13, false)).toBeCloseTo(3 * 7 * 1.1);
    expect(measureOnCanvas('Ltd', 13, false)).toBeCloseTo(3 * 7 * 1.1);
    measureOnCanvas('Tech', 13, false);
    measureOnCanvas('Ltd', 13, true);
    measureOnCanvas('Ltd', 13, false);
    expect(measured).toEqual(['Ltd', 'Tech', 'Ltd']);
    expect(fonts.map((font) => font.split(' ').slice(0, 2).join(' '))).toEqual(['13px system-ui,', 'bold 13px']);
  });
});
