import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { briefingBundlePlugin } from './scripts/vite/briefingBundlePlugin.ts';
import { builtinDatasetPlugin } from './scripts/vite/builtinDatasetPlugin.ts';
import { appPolicy } from './src/security/contentSecurityPolicy.ts';

/**
 * Puts the app's Content-Security-Policy into the built index.html as a <meta>, right after the
 * charset. Only in the build: the dev server runs inline scripts (React's refresh) that it forbids.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'supply-lines:content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: async (html) => {
        const charset = /<meta charset="UTF-8" \/>\n/;
        if (!charset.test(html))
          throw new Error('contentSecurityPolicy: index.html has no <meta charset="UTF-8" /> to put the policy after');
        const meta = `<meta http-equiv="Content-Security-Policy" content="${await appPolicy()}" />`;
        return html.replace(charset, (line) => `${line}    ${meta}\n`);
      },
    },
  };
}

// `base: './'` keeps every asset URL relative, so the built app runs from any subfolder or static host.
export default defineConfig({
  base: './',
  plugins: [react(), builtinDatasetPlugin(), contentSecurityPolicy(), briefingBundlePlugin()],
  build: { chunkSizeWarningLimit: 1500 },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
