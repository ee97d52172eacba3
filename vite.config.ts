import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { bundledTokenizers } from './scripts/bundled-tokenizers/vite-plugin.ts';

/**
 * Cross-origin isolation lets onnxruntime-web run WASM on several threads (SharedArrayBuffer).
 * Static hosts need the same two headers: see README ("Hosting") and public/_headers.
 */
const ISOLATION_HEADERS = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig({
  plugins: [
    react(),
    tailwindcss(),
    bundledTokenizers(),
    VitePWA({
      // A new version waits until the person reloads (the "update available" prompt), so old and
      // new files are never mixed in one page.
      registerType: 'prompt',
      injectRegister: null,
      includeAssets: ['favicon.svg'],
      manifest: {
        name: 'Glasspipe',
        short_name: 'Glasspipe',
        description: 'Hugging Face transformer pipelines in your browser, every stage visible.',
        start_url: './',
        scope: './',
        display: 'standalone',
        background_color: '#f8fafc',
        theme_color: '#0f172a',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any maskable' },
        ],
      },
      workbox: {
        // The app shell and onnxruntime-web's runtime (.wasm/.mjs, ~27 MB): everything the app
        // needs to start offline. Models and bundled tokenizers are kept by the model store.
        globPatterns: ['**/*.{js,mjs,css,html,svg,png,wasm}'],
        globIgnores: ['models/**', 'tokenizers/**', 'screenshots/**'],
        maximumFileSizeToCacheInBytes: 40 * 1024 * 1024,
        navigateFallback: 'index.html',
        navigateFallbackDenylist: [/^\/models\//, /^\/tokenizers\//],
        cleanupOutdatedCaches: true,
        // Control the page on the first visit, so it works offline right away; later versions
        // still wait for the "update available" prompt (no skipWaiting).
        clientsClaim: true,
      },
    }),
  ],
  // No SPA fallback: the app is one page with hash routes, and a missing model file must be a
  // 404, not index.html served as 200 (which transformers.js would cache as the model file).
  appType: 'mpa',
  worker: { format: 'es' },
  // Pre-bundling would copy transformers.js / onnxruntime-web without their runtime files.
  optimizeDeps: { exclude: ['@huggingface/transformers', 'onnxruntime-web'] },
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
  server: { port: 5173, strictPort: false, headers: ISOLATION_HEADERS },
  preview: { port: 4173, strictPort: false, headers: ISOLATION_HEADERS },
});
