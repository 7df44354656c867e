/**
 * The keys of the graph and of Present, as the `?` dialog lists them (the README's Keyboard section
 * says the same). The handlers are KeyboardWalk (the graph) and PresentOverlay (Present).
 */
export interface KeyHelp {
  keys: readonly string[];
  action: string;
}

export const GRAPH_KEYS: readonly KeyHelp[] = [
  { keys: ['Tab'], action: 'Moves into the graph (the Network graph region), and on out of it' },
  {
    keys: ['←', '↑', '→', '↓'],
    action: 'Move the focus ring to the nearest entity that way (first from the selection, or mid-view)',
  },
  {
    keys: [']', '['],
    action: 'Next or previous link of the entity: links out, then links in',
  },
  {
    keys: ['Enter'],
    action: 'On an entity: selects it (Details open). On a link: selects it and crosses to its other end',
  },
  { keys: ['Escape'], action: 'Clears the focus ring; from Details, returns to the graph' },
  { keys: ['Home', '0'], action: 'Shows the whole network' },
  { keys: ['?'], action: 'Lists these keys' },
];

export const PRESENT_KEYS: readonly KeyHelp[] = [
  { keys: ['→', '←'], action: 'Next or previous round (while the graph itself has no keyboard focus)' },
  { keys: ['Page Down', 'Page Up'], action: 'Next or previous round, wherever the focus is' },
  { keys: ['Home', '0'], action: "Shows the whole network; each round step frames that round's story again" },
  { keys: ['Space'], action: 'Plays or pauses the rounds' },
  { keys: ['Escape'], action: 'Leaves Present (first clears the focus ring, if there is one)' },
];
