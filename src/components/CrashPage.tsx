/** Says what broke and offers a clean view; no stored data is touched. */
export function CrashPage({ error }: { error: unknown }) {
  return (
    <div className="crash" role="alert">
      <h1>Supply Lines hit an error</h1>
      <p>
        <code>{error instanceof Error ? error.message : String(error)}</code>
      </p>
      <p>
        Your data is safe. Resetting the view clears the filters and selection in the address; if that does not help,
        reload the page.
      </p>
      <button type="button" onClick={() => window.location.assign(window.location.pathname)}>
        Reset view
      </button>
    </div>
  );
}
