/**
 * Downloads a model's files for one dtype from the Hugging Face Hub into public/models, where
 * the app serves local models. See scripts/models-pull/args.ts for the options.
 *
 *   npm run models:pull -- Xenova/t5-small [--dtype q8] [--revision main] [--out public/models] [--hub <url>]
 */
import { main } from './models-pull/main.ts';

// Ctrl-C: whatever reached disk stays in `<file>.part`, and the next run continues from there.
process.once('SIGINT', () => {
  process.stderr.write(
    '\nmodels:pull: interrupted; partial files are kept. Run the same command again to resume.\n',
  );
  process.exit(130);
});

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
});
