import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { loadInitialDataset } from './load/loadInitialDataset';
import { useAppStore } from './store/useAppStore';
import { applyUrlToStore, startUrlSync } from './url/urlSync';
import './styles/app.css';

async function start() {
  const { dataset, problems, requested } = await loadInitialDataset(window.location);
  const state = useAppStore.getState();
  state.setDataset(dataset);
  if (problems.length > 0) state.setLoadProblems(problems, requested);
  applyUrlToStore(useAppStore, window.location.search);
  startUrlSync(useAppStore);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ErrorBoundary>
        <App />
      </ErrorBoundary>
    </StrictMode>,
  );
}

void start();
