import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { bundledTokenizers } from './scripts/bundled-tokenizers/vite-plugin.ts';

export default defineConfig({
  plugins: [react(), tailwindcss(), bundledTokenizers()],
  // No SPA fallback: the app is one page with hash routes, and a missing model file must be a
  // 404, not index.html served as 200 (which transformers.js would cache as the model file).
  appType: 'mpa',
  worker: { format: 'es' },
  // Pre-bundling would copy transformers.js / onnxruntime-web without their runtime files.
  optimizeDeps: { exclude: ['@huggingface/transformers', 'onnxruntime-web'] },
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: false },
});
