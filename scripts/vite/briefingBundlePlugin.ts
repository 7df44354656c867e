import react from '@vitejs/plugin-react';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { briefingScriptName } from '../../src/briefing/briefingScript.ts';
import { builtinDatasetPlugin } from './builtinDatasetPlugin.ts';

/**
 * The app as one script, for briefing files. The page loads parts of the app on first use (import,
 * export, the validator…), but a briefing opened from disk can load nothing: its policy admits only
 * its own inline scripts. So after the page's build, the same entry is built again with every
 * dynamic import inlined, next to the entry script (`index-abc123.js` → `index-abc123.briefing.js`);
 * `Briefing (HTML)` inlines that file.
 */
export function briefingBundlePlugin(): Plugin {
  let config: ResolvedConfig;
  let entry: string | null = null;
  return {
    name: 'supply-lines:briefing-bundle',
    apply: 'build',
    configResolved: (resolved) => void (config = resolved),
    generateBundle(_, bundle) {
      entry = Object.values(bundle).find((file) => file.type === 'chunk' && file.isEntry)?.fileName ?? null;
    },
    async closeBundle() {
      if (!entry) this.error('briefingBundlePlugin: the build made no entry script');
      await build({
        configFile: false,
        root: config.root,
        base: config.base,
        mode: config.mode,
        logLevel: 'warn',
        plugins: [react(), builtinDatasetPlugin(), leaveOutStyles()],
        build: {
          outDir: config.build.outDir,
          emptyOutDir: false,
          copyPublicDir: false,
          // One file by design: the whole app, for a briefing.
          chunkSizeWarningLimit: 2000,
          rolldownOptions: {
            input: 'src/main.tsx',
            output: { codeSplitting: false, entryFileNames: briefingScriptName(entry) },
          },
        },
      });
    },
  };
}

/** The briefing takes the page's own stylesheet; the second build's copy of it is not written. */
function leaveOutStyles(): Plugin {
  return {
    name: 'supply-lines:briefing-leave-out-styles',
    generateBundle(_, bundle) {
      for (const name of Object.keys(bundle)) if (name.endsWith('.css')) delete bundle[name];
    },
  };
}
