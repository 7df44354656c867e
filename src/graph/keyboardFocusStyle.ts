import { KEYBOARD_FOCUS } from './labelPriority';

/**
 * The keyboard walk's focus ring: a thick halo in the page's text colour (near black on light, white
 * on dark) behind the entity or link, as a browser draws focus on a control. It is unlike every other
 * mark the graph uses (coloured rings for status, amber for the selection, coloured glows for
 * highlights), so focus and selection can be told apart when both are on one element.
 */
export function keyboardFocusStyle(dark: boolean) {
  const colour = dark ? '#ffffff' : '#111827';
  return [
    {
      selector: `node.${KEYBOARD_FOCUS}`,
      style: {
        'underlay-color': colour,
        'underlay-opacity': 1,
        'underlay-padding': 11,
        'underlay-shape': 'ellipse',
        // Full strength even when the entity is context or quiet: the ring must be seen.
        opacity: 1,
        'z-index': 20,
      },
    },
    {
      selector: `edge.${KEYBOARD_FOCUS}`,
      style: { 'underlay-color': colour, 'underlay-opacity': 1, 'underlay-padding': 5, opacity: 1, 'z-index': 20 },
    },
  ];
}
