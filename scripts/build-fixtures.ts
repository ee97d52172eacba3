/**
 * Builds the tiny transformers.js fixture models (ONNX + tokenizer + config files) in the
 * Hugging Face Hub layout. Deterministic: every run produces the same bytes.
 *
 *   npx tsx scripts/build-fixtures.ts [outDir]     (default: fixtures/hub)
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixtureModels } from './fixtures/catalog.ts';
import { writeFixtures } from './fixtures/hub-writer.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.resolve(process.argv[2] ?? path.join(repoRoot, 'fixtures', 'hub'));

const started = performance.now();
const report = writeFixtures(outDir, fixtureModels());
const seconds = ((performance.now() - started) / 1000).toFixed(2);

for (const model of report.manifest.models) {
  const bytes = model.files.reduce((sum, f) => sum + f.bytes, 0);
  console.log(`${model.id.padEnd(32)} ${model.task.padEnd(26)} ${(bytes / 1024).toFixed(0).padStart(6)} KiB`);
}
console.log(
  `${report.written.length} written, ${report.unchanged.length} unchanged in ${path.relative(process.cwd(), outDir) || '.'} (${seconds} s)`,
);
