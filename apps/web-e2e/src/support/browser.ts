/**
 * Shared harness of the browser tests: the address of the real built SPA served by the real API
 * (E2E_BASE_URL, set by `npm test`), Debian's Chromium, and the demo password.
 */
import { existsSync } from 'node:fs';
import { Browser, chromium } from 'playwright-core';

const url = (process.env['E2E_BASE_URL'] ?? '').replace(/\/+$/, '');
if (!url) throw new Error('E2E_BASE_URL is not set: run the browser tests through `npm test`, or start the API serving apps/web/dist and set it');

export const BASE_URL = url;
export const DEMO_PASSWORD = 'Demo-2026!';
const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH}`);
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}
