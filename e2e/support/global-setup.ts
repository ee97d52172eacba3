import { cpSync, existsSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Serves one fixture model from the app's own local model folder, as a person would by copying
 * a model into public/models/ before building.
 */
export default function globalSetup(): void {
  const from = fileURLToPath(new URL('../../fixtures/hub/glasspipe-test/tiny-t5', import.meta.url));
  const to = fileURLToPath(new URL('../../dist/models/local-test/tiny-t5', import.meta.url));
  if (!existsSync(from)) throw new Error('Fixture models are missing: run `npm run fixtures` first.');
  if (!existsSync(fileURLToPath(new URL('../../dist/index.html', import.meta.url)))) {
    throw new Error('The app is not built: run `npx vite build` first (npm run test:e2e does).');
  }
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
}
