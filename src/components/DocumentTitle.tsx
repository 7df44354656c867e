import { useEffect } from 'react';
import { roundLabel } from '../model/rounds';
import { selectIndex, selectSelection } from '../store/selectors';
import { useAppStore } from '../store/useAppStore';

/** Keeps the tab title on what is selected, so history entries and bookmarks read well. */
export function DocumentTitle() {
  const index = useAppStore(selectIndex);
  const selection = useAppStore(selectSelection);
  useEffect(() => {
    let subject: string | undefined;
    if (index && selection?.type === 'entity') subject = index.entityById.get(selection.id)?.name;
    if (index && selection?.type === 'round') {
      const round = index.roundById.get(selection.id);
      subject = round && roundLabel(round);
    }
    if (index && selection?.type === 'link') {
      const link = index.linkById.get(selection.id);
      subject = link && `${index.entityById.get(link.source)?.name} → ${index.entityById.get(link.target)?.name}`;
    }
    document.title = subject ? `Supply Lines — ${subject}` : 'Supply Lines';
  }, [index, selection]);
  return null;
}
