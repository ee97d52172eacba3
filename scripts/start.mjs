// `npm start`: install if needed, build, and serve the production build on 127.0.0.1.
import { spawn, execSync } from 'node:child_process';

execSync('node scripts/ensure-deps.mjs', { stdio: 'inherit' });
execSync('npx vite build', { stdio: 'inherit' });
const port = process.env.PORT ?? '4173';
console.log(`\nGlasspipe is starting at http://127.0.0.1:${port}/ (Ctrl-C to stop)\n`);
const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', port, '--strictPort'], {
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
