/**
 * Watching a page for script that should never run: every dialog (alert, confirm, prompt)
 * from any frame, any call to them (reported even where no dialog would show), and every
 * Content-Security-Policy violation as the browser reports it to the page. Reports reach the
 * test through a binding, so they survive navigations. The hostile fixture's payloads all call
 * `alert(1)`.
 */
import type { Page } from '@playwright/test';

export interface PageGuard {
  /** Dialogs that opened, as "type: message". */
  dialogs: string[];
  /** Calls to alert/confirm/prompt/print and CSP violations, in any frame, so far. */
  incidents(): Promise<string[]>;
}

type Report = (text: string) => void;

/** Runs in every frame before the page's own scripts. */
function installCanary(): void {
  const report = (text: string) =>
    (window as unknown as { __reportIncident?: Report }).__reportIncident?.(text);
  for (const name of ['alert', 'confirm', 'prompt', 'print'] as const) {
    const original = window[name].bind(window) as (...args: unknown[]) => unknown;
    Object.defineProperty(window, name, {
      value: (...args: unknown[]) => {
        report(`${name}(${args.map(String).join(', ')}) in ${location.href}`);
        return original(...args);
      },
    });
  }
  document.addEventListener('securitypolicyviolation', (event) => {
    report(
      `CSP ${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} in ${event.documentURI}`,
    );
  });
}

export async function guardPage(page: Page): Promise<PageGuard> {
  const dialogs: string[] = [];
  const incidents: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => {});
  });
  await page.exposeBinding('__reportIncident', (_source, text: string) => {
    incidents.push(text);
  });
  await page.addInitScript(installCanary);
  return {
    dialogs,
    async incidents() {
      // Let reports already sent by the page arrive.
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50)));
      return [...incidents];
    },
  };
}
