import { countryLabel, UNKNOWN_COUNTRY } from '../../model/countries';
import type { Entity } from '../../model/types';

const MEANING_TEXT = {
  registration: 'registered',
  address: 'address',
  nationality: 'nationality',
  citizenship: 'citizenship',
  operations: 'operates',
  other: 'other',
} as const;

/**
 * Country (and what each country means: registration, address, nationality), city, addresses and
 * identifiers, as `<dt>`/`<dd>` pairs of the details' fact list.
 */
export function EntityPlaces({ entity }: { entity: Entity }) {
  const others = (entity.countries ?? []).filter((c) => c.code !== entity.country);
  const mainMeanings = (entity.countries ?? []).filter((c) => c.code === entity.country).map((c) => MEANING_TEXT[c.as]);
  return (
    <>
      <dt>Country</dt>
      <dd>
        {countryLabel(entity.country)}
        {entity.country !== UNKNOWN_COUNTRY && mainMeanings.length > 0 ? ` (${mainMeanings.join(', ')})` : ''}
      </dd>
      {others.length > 0 && (
        <>
          <dt>Also</dt>
          <dd>{others.map((c) => `${countryLabel(c.code)} (${MEANING_TEXT[c.as]})`).join('; ')}</dd>
        </>
      )}
      {entity.city && (
        <>
          <dt>City</dt>
          <dd>{entity.city}</dd>
        </>
      )}
      {entity.addresses && entity.addresses.length > 0 && (
        <>
          <dt>Addresses</dt>
          <dd>
            <ul className="plain">
              {entity.addresses.map((a, i) => (
                <li key={i}>{a.text}</li>
              ))}
            </ul>
          </dd>
        </>
      )}
      {entity.identifiers && entity.identifiers.length > 0 && (
        <>
          <dt>Identifiers</dt>
          <dd>
            <ul className="plain">
              {entity.identifiers.map((id, i) => (
                <li key={i}>
                  {id.type}: {id.value}
                  {id.country ? ` (${countryLabel(id.country)})` : ''}
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
    </>
  );
}
