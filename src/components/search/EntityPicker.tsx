import { forwardRef, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { SearchHit } from '../../analysis/search';
import { countryLabel } from '../../model/countries';
import { loadSearch, searchIndexOf } from '../../store/searchSelectors';
import { useAppStore } from '../../store/useAppStore';
import { useLoadedPart } from '../lazy/useLoadedPart';

interface EntityPickerProps {
  /** The accessible name of the search field, e.g. `Search entities`, `From`, `To`. */
  label: string;
  placeholder?: string;
  onChoose: (entityId: string) => void;
  /** Shown in the field when nothing is being typed, e.g. the chosen entity's name. */
  chosenName?: string;
}

/** A search field with a ranked list of entities: arrows move, Enter chooses, Escape closes. */
export const EntityPicker = forwardRef<HTMLInputElement, EntityPickerProps>(function EntityPicker(props, ref) {
  const { label, placeholder, onChoose, chosenName } = props;
  const dataset = useAppStore((s) => s.index?.dataset);
  const entityById = useAppStore((s) => s.index?.entityById);
  const [query, setQuery] = useState<string | null>(null);
  // The search code loads when a search field is first focused, and its index is built then.
  const [used, setUsed] = useState(false);
  const search = useLoadedPart('search', loadSearch, used);
  const searchIndex = search.module && dataset ? searchIndexOf(search.module, dataset) : null;
  const [active, setActive] = useState(0);
  const listId = useId();
  // Leaving the field closes the list a moment later (so a click on a result still lands); coming
  // back, or typing, before then cancels that, or it would wipe what was just typed.
  const closing = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const stayOpen = () => clearTimeout(closing.current);
  useEffect(() => stayOpen, []);
  const hits: SearchHit[] =
    search.module && searchIndex && query ? search.module.searchEntities(searchIndex, query) : [];
  const open = hits.length > 0;

  const choose = (hit: SearchHit | undefined) => {
    if (!hit) return;
    onChoose(hit.id);
    setQuery(null);
    setActive(0);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') setActive((i) => Math.min(i + 1, hits.length - 1));
    else if (event.key === 'ArrowUp') setActive((i) => Math.max(i - 1, 0));
    else if (event.key === 'Enter') choose(hits[active]);
    else if (event.key === 'Escape') setQuery(null);
    else return;
    event.preventDefault();
  };

  return (
    <div className="entity-picker">
      <input
        ref={ref}
        type="search"
        role="combobox"
        aria-label={label}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open ? `${listId}-${active}` : undefined}
        placeholder={placeholder}
        value={query ?? chosenName ?? ''}
        onChange={(event) => {
          stayOpen();
          setUsed(true);
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onFocus={() => {
          stayOpen();
          setUsed(true);
        }}
        onBlur={() => {
          stayOpen();
          closing.current = setTimeout(() => setQuery(null), 150);
        }}
      />
      {search.error && query && (
        <p role="alert" className="error picker-results">
          {search.error}
        </p>
      )}
      {open && (
        <ul className="picker-results" role="listbox" id={listId} aria-label={`${label} results`}>
          {hits.map((hit, i) => {
            const entity = entityById?.get(hit.id);
            return (
              <li
                key={hit.id}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(hit)}
              >
                <span className="picker-name">{hit.name}</span>
                <span className="picker-meta">
                  {hit.matchedAlias ? `also “${hit.matchedAlias}” · ` : ''}
                  {entity ? countryLabel(entity.country) : ''}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
});
