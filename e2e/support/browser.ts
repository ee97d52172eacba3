import { existsSync } from 'node:fs';

/**
 * Which Chromium to run: `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium` when present, else
 * Playwright's own browser (undefined), for machines where `npx playwright install` works.
 */
export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) return fromEnv;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/** Flags that keep headless Chromium from calling home on a closed network. */
export const QUIET_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--disable-breakpad',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--metrics-recording-only',
];
