import type { Core } from 'cytoscape';
import { useCallback, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { WalkFocus } from '../../graph/linkWalk';
import { selectViewClasses } from '../../store/viewClassSelectors';
import { useAppStore } from '../../store/useAppStore';
import { describeFocus, showFocusRing, walkKey } from './graphWalk';
import { GRAPH_REGION_ID, isTyping } from './graphRegion';
import { KeysDialog } from './KeysDialog';

export const WALK_HINT_ID = 'graph-keys-hint';

/**
 * The keyboard walk of the `Network graph` region (keys in GRAPH_KEYS): a focus ring moved by arrows
 * and link keys, and a polite live region saying what it reaches. The ring shows while the region has
 * focus; the place is kept when focus leaves, and dropped when filters hide it.
 */
export function KeyboardWalk({ cy }: { cy: Core }) {
  const focus = useRef<WalkFocus>(null);
  const [message, setMessage] = useState('');
  const [keysOpen, setKeysOpen] = useState(false);

  // A screen reader reads a live region only when its text changes: the same words again get a mark.
  const announce = useCallback((text: string) => setMessage((said) => (said === text ? `${text}\u00a0` : text)), []);

  useEffect(() => {
    const region = document.getElementById(GRAPH_REGION_ID);
    if (!region) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.target !== region || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === '?') setKeysOpen(true);
      else {
        const step = walkKey(cy, focus.current, event.key);
        if (!step) return;
        focus.current = step.focus;
        showFocusRing(cy, step.focus);
        announce(step.message);
      }
      event.preventDefault();
      // Handled here: Present's own keys (arrows step rounds, Escape leaves) must not act as well.
      event.stopPropagation();
    };
    const onFocus = () => {
      if (!focus.current) return;
      showFocusRing(cy, focus.current);
      announce(describeFocus(cy, focus.current));
    };
    const onBlur = () => showFocusRing(cy, null);
    region.addEventListener('keydown', onKey);
    region.addEventListener('focus', onFocus);
    region.addEventListener('blur', onBlur);
    return () => {
      region.removeEventListener('keydown', onKey);
      region.removeEventListener('focus', onFocus);
      region.removeEventListener('blur', onBlur);
    };
  }, [cy, announce]);

  // `?` anywhere but in a text field opens the list too (in Present the focus is often on the page).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '?' || isTyping(event.target) || document.querySelector('[role="dialog"]')) return;
      event.preventDefault();
      setKeysOpen(true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Filters that hide the place, or a new dataset without it, end the walk there.
  useEffect(
    () =>
      useAppStore.subscribe((state) => {
        const place = focus.current;
        const classes = place && selectViewClasses(state);
        if (!place || !classes || (classes.get(place.id) && !classes.get(place.id)!.includes('hidden'))) return;
        focus.current = null;
        showFocusRing(cy, null);
      }),
    [cy],
  );

  return (
    <>
      <p id={WALK_HINT_ID} className="visually-hidden">
        Arrow keys move between entities, ] and [ follow links, Enter selects, ? lists the keys.
      </p>
      <p className="visually-hidden graph-announcer" aria-live="polite">
        {message}
      </p>
      {keysOpen && createPortal(<KeysDialog onClose={() => setKeysOpen(false)} />, document.body)}
    </>
  );
}
