import { useEffect, useRef } from 'react';
import { useAppStore } from '../../store/useAppStore';
import { EntityPicker } from './EntityPicker';

/** The header search: `/` focuses it; choosing a result selects the entity and centres it. */
export function SearchBox() {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement;
      const typing = target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
      if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey) {
        event.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  const selectEntity = useAppStore((s) => s.selectEntity);
  const setTab = useAppStore((s) => s.setTab);
  const centreOn = useAppStore((s) => s.centreOn);
  const choose = (id: string) => {
    selectEntity(id);
    setTab('graph');
    centreOn(id);
  };
  return <EntityPicker ref={input} label="Search entities" placeholder="Search entities (press /)" onChoose={choose} />;
}
