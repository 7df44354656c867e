import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { readBriefing } from './briefing/readBriefing';
import { CrashPage } from './components/CrashPage';
import { ErrorBoundary } from './components/ErrorBoundary';
import { layoutJob } from './components/graph/layoutJobs';
import { dropStartedWorker, startLayoutWorker } from './layout/runLayout';
import { builtinDataset, loadInitialDataset } from './load/loadInitialDataset';
import { indexDatasetInSteps, type DatasetIndex } from './model/datasetIndex';
import { BUILTIN_ID, databaseSettled, readActiveDatasetId } from './storage/datasetStorage';
import { useAppStore } from './store/useAppStore';
import { applyUrlToStore, startUrlSync } from './store/urlSync';
import { prepareView } from './store/prepareView';
import './styles/app.css';

/** Draws the app; whatever fails before the first draw, the page shows data or says what went wrong. */
async function start() {
  const root = createRoot(document.getElementById('root')!);
  try {
    await openFirstView();
  } catch (error) {
    try {
      openBuiltinAfter(error);
    } catch {
      // Not even the built-in data opens (a broken build): a clear page that says what failed.
      root.render(<CrashPage error={error} />);
      return;
    }
  }
  root.render(
    <StrictMode>
      <ErrorBoundary>
        <App />
      </ErrorBoundary>
    </StrictMode>,
  );
}

/** Puts the dataset and view to draw first in the store: a briefing's, the address's, or the last one open. */
async function openFirstView() {
  const briefing = readBriefing();
  // A file named in the address will be laid out: its worker loads while the file is fetched and checked.
  const startedEarly = !briefing && new URLSearchParams(window.location.search).has('data');
  if (startedEarly) startLayoutWorker();
  const { dataset, builtin, problems, requested } = await loadInitialDataset(window.location, briefing?.dataset);
  let index: DatasetIndex | undefined;
  if (requested && dataset !== builtin) {
    // The checked file has arrived from its worker, a slice a task (slicedReply.ts). Its layout starts
    // now, beside indexing it and drawing the page (LayoutRunner picks it up), and it is indexed in
    // parts, each a task of its own, so no part of this is one long freeze.
    layoutJob(dataset);
    index = await indexDatasetInSteps(dataset);
  } else if (startedEarly) dropStartedWorker();
  const state = useAppStore.getState();
  state.setBuiltinDataset(builtin);
  state.setDataset(dataset, index);
  if (!briefing && !requested) await reopenLastDataset();
  if (problems.length > 0) state.setLoadProblems(problems, requested);
  if (briefing) {
    // A briefing file opens on the view it was made with, in presentation mode. Its address is a
    // file on disk, so the view is not written back into it.
    applyUrlToStore(useAppStore, briefing.search);
    state.setBriefing(true);
    state.setPresenting(true);
  } else {
    applyUrlToStore(useAppStore, window.location.search);
    startUrlSync(useAppStore);
  }
  await prepareView(useAppStore.getState);
}

/**
 * Reopens the imported dataset that was open before the reload, if it is still stored. On the built-in
 * data (a first visit, or the last one open) the first draw does not wait for the stored list: opening
 * the database on a new profile took ~50 ms. Either way the Datasets list is read again once the
 * database has opened, however long that takes (a read that gave up after 3 s found nothing).
 */
async function reopenLastDataset() {
  const active = readActiveDatasetId();
  const state = useAppStore.getState();
  if (active !== BUILTIN_ID) {
    await state.refreshDatasets();
    if (useAppStore.getState().storedDatasets.some((m) => m.id === active)) await state.switchDataset(active);
  }
  void databaseSettled().then(state.refreshDatasets);
}

/** After a failure on the way to the first view: the built-in data in its opening view, and why. */
function openBuiltinAfter(error: unknown) {
  console.error(error);
  const state = useAppStore.getState();
  const builtin = state.builtinDataset ?? builtinDataset();
  state.setBuiltinDataset(builtin);
  state.setDataset(builtin);
  const message = `Supply Lines failed while opening it: ${error instanceof Error ? error.message : String(error)}`;
  state.setLoadProblems(
    [{ code: 'start-failed', path: '', message }],
    state.briefing ? 'This briefing' : 'This address',
  );
  if (state.briefing) return;
  try {
    startUrlSync(useAppStore);
  } catch {
    // The view then stays out of the address bar; the app itself works.
  }
}

void start();
