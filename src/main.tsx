import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { readBriefing } from './briefing/readBriefing';
import { ErrorBoundary } from './components/ErrorBoundary';
import { loadInitialDataset } from './load/loadInitialDataset';
import { BUILTIN_ID, readActiveDatasetId } from './storage/datasetStorage';
import { useAppStore } from './store/useAppStore';
import { applyUrlToStore, startUrlSync } from './url/urlSync';
import './styles/app.css';

async function start() {
  const briefing = readBriefing();
  const { dataset, builtin, problems, requested } = await loadInitialDataset(window.location, briefing?.dataset);
  const state = useAppStore.getState();
  state.setBuiltinDataset(builtin);
  state.setDataset(dataset);
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
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ErrorBoundary>
        <App />
      </ErrorBoundary>
    </StrictMode>,
  );
}

/** Reopens the imported dataset that was open before the reload, if it is still stored. */
async function reopenLastDataset() {
  await useAppStore.getState().refreshDatasets();
  const active = readActiveDatasetId();
  if (active !== BUILTIN_ID && useAppStore.getState().storedDatasets.some((m) => m.id === active)) {
    await useAppStore.getState().switchDataset(active);
  }
}

void start();
