import { useAppStore } from '../../store/useAppStore';

const selectHasUnkept = (s: { storedDatasets: ReadonlyArray<{ notKept?: true }> }) =>
  s.storedDatasets.some((m) => m.notKept);

/** Says, once there is an import the browser would not store, that it lasts only as long as the page. */
export function StorageNote() {
  const hasUnkept = useAppStore(selectHasUnkept);
  if (!hasUnkept) return null;
  return (
    <p className="banner" role="note">
      This browser does not let Supply Lines store data, so imports will not be kept: they stay open until this page is
      closed. Export one to keep it.
    </p>
  );
}
