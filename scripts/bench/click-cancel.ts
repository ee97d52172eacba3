/** What the cancel benches measure: from the click on Cancel to "Cancelled." on the page. */
import type { Page } from '@playwright/test';

/** Clicks Cancel and resolves with the ms until the status says "Cancelled." (NaN if the run ended first). */
export function clickCancelAndTime(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((done) => {
        const status = document.querySelector('[role=status]');
        const button = document.querySelector<HTMLButtonElement>('[data-testid=cancel-button]');
        if (!status || !button) throw new Error('no Cancel button or status');
        if (button.disabled) return done(Number.NaN);
        const t0 = performance.now();
        const observer = new MutationObserver(() => {
          const text = status.textContent ?? '';
          if (!text.includes('Cancelled') && !text.includes('Done')) return;
          observer.disconnect();
          done(text.includes('Cancelled') ? performance.now() - t0 : Number.NaN);
        });
        observer.observe(status, { childList: true, subtree: true, characterData: true });
        button.click();
      }),
  );
}
