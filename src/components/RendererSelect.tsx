import type { RendererPreference } from '../graph/rendererChoice';
import { selectRendererChoice } from '../store/rendererSelectors';
import { useAppStore } from '../store/useAppStore';

const NAMES = { canvas: 'canvas', webgl: 'WebGL' } as const;

/**
 * Which renderer draws the graph, kept in the browser; the automatic choice says what it chose, and
 * its title why (the reason in the option itself was cut off in the header: "Renderer: canvas (").
 */
export function RendererSelect() {
  const preference = useAppStore((s) => s.rendererPreference);
  const gpu = useAppStore((s) => s.gpu);
  const webgl2 = gpu?.webgl2 ?? false;
  const choice = useAppStore(selectRendererChoice);
  const setRendererPreference = useAppStore((s) => s.setRendererPreference);
  const auto = preference === 'auto' ? choice : null;
  return (
    <select
      className="renderer-select"
      aria-label="Renderer"
      title={`The graph is drawn with ${NAMES[choice.renderer]} (${choice.reason}). WebGL is faster on a GPU, slower without one.`}
      value={preference}
      onChange={(e) => setRendererPreference(e.target.value as RendererPreference)}
    >
      <option value="auto">{auto ? `Renderer: ${NAMES[auto.renderer]} (auto)` : 'Renderer: automatic'}</option>
      <option value="canvas">Renderer: canvas</option>
      <option value="webgl" disabled={!webgl2}>
        Renderer: WebGL{webgl2 ? '' : gpu ? ' (not available)' : ' (checking…)'}
      </option>
    </select>
  );
}
