import { authoritiesInDataset } from '../../analysis/authorities';
import { selectEffectiveAsOf } from '../../store/selectors';
import { selectExposure } from '../../store/toolSelectors';
import { useAppStore } from '../../store/useAppStore';

const SHOWN_ROWS = 25;

/** Exposure: unsanctioned entities dealing directly with sanctioned ones or end-users, ranked. */
export function ExposurePanel() {
  const index = useAppStore((s) => s.index);
  const { on, authority } = useAppStore((s) => s.tools.exposure);
  const rows = useAppStore(selectExposure);
  const asOf = useAppStore(selectEffectiveAsOf);
  const setExposure = useAppStore((s) => s.setExposure);
  const setExposureAuthority = useAppStore((s) => s.setExposureAuthority);
  const selectEntity = useAppStore((s) => s.selectEntity);
  const centreOn = useAppStore((s) => s.centreOn);
  if (!index) return null;
  return (
    <div className="tool exposure">
      <label className="toggle">
        <input type="checkbox" checked={on} onChange={(e) => setExposure(e.target.checked)} />
        Exposure
      </label>
      {on && (
        <>
          <label className="inline-select">
            not listed by{' '}
            <select
              aria-label="Exposure authority"
              value={authority ?? ''}
              onChange={(e) => setExposureAuthority(e.target.value || null)}
            >
              <option value="">any authority</option>
              {authoritiesInDataset(index).map((a) => (
                <option key={a} value={a}>
                  {a}
                </option>
              ))}
            </select>
          </label>
          <p className="hint">
            As of {asOf}: entities not {authority ? `listed by ${authority}` : 'sanctioned'} that deal directly with
            sanctioned entities or end-users, most partners first.
          </p>
          <ol className="exposure-list" aria-label="Exposed entities">
            {rows?.slice(0, SHOWN_ROWS).map((row) => (
              <li key={row.entityId}>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => (selectEntity(row.entityId), centreOn(row.entityId))}
                >
                  {index.entityById.get(row.entityId)!.name}
                </button>{' '}
                <span className="count">{row.partners.length}</span>
              </li>
            ))}
          </ol>
          {rows && rows.length === 0 && <p className="hint">No exposed entity in this view.</p>}
          {rows && rows.length > SHOWN_ROWS && (
            <p className="hint">…and {rows.length - SHOWN_ROWS} more (see the Table).</p>
          )}
        </>
      )}
    </div>
  );
}
