/**
 * Shared harness of the browser tests: the address of the real built SPA served by the real API
 * (E2E_BASE_URL, set by `npm test`), Debian's Chromium, and the demo password.
 */
import { existsSync } from 'node:fs';
import { Browser, BrowserContext, BrowserContextOptions, Locator, Page, chromium } from 'playwright-core';

const url = (process.env['E2E_BASE_URL'] ?? '').replace(/\/+$/, '');
if (!url) throw new Error('E2E_BASE_URL is not set: run the browser tests through `npm test`, or start the API serving apps/web/dist and set it');

export const BASE_URL = url;
export const DEMO_PASSWORD = 'Demo-2026!';
/** How long one step (a click, a wait for an element) may take. */
export const STEP_TIMEOUT_MS = 15_000;
const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH}`);
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** A fresh Russian-locale page; uncaught errors of the page go to `pageErrors`, which tests assert empty. */
export async function openPage(browser: Browser, pageErrors: string[], options: BrowserContextOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1400, height: 900 }, ...options });
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return { context, page };
}

/**
 * The test file's browser, set up by Jest hooks: one Chromium for the file, a fresh page (its own
 * context) for every test, and after each test no uncaught error of the page. `page` is a new page
 * in every test: read it inside the test (or a `beforeEach`), not once.
 */
export function useBrowserPage(options: BrowserContextOptions = {}): { readonly page: Page } {
  let browser: Browser | undefined;
  let current: { context: BrowserContext; page: Page } | undefined;
  let pageErrors: string[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    pageErrors = [];
    current = await openPage(browser!, pageErrors, options);
  });
  afterEach(async () => {
    await current?.context.close();
    expect(pageErrors).toEqual([]);
  });
  return {
    get page(): Page {
      if (!current) throw new Error('No page outside a test');
      return current.page;
    },
  };
}

/** Fills and submits the login form; does not wait for the outcome. */
export async function submitLogin(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto(`${BASE_URL}/login`);
  await page.getByTestId('login-email').fill(email);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

/** Signs a demo account in and waits for the home page. */
export async function signInAs(page: Page, email: string): Promise<void> {
  await submitLogin(page, email);
  await page.getByTestId('home').waitFor();
}

/**
 * The dropdown of an antd Select that is open and done animating. A click on an option while the
 * dropdown still slides in (or out) may land on the moving element and be lost.
 */
export const openDropdown = (page: Page): Locator =>
  page.locator('.ant-select-dropdown:visible:not([class*="-appear"]):not([class*="-enter"]):not([class*="-leave"])');

/** Opens the Select marked `selectTestId` and picks the first option whose text contains `label`. */
export async function pickOption(page: Page, selectTestId: string, label: string): Promise<void> {
  await page.getByTestId(selectTestId).click();
  await openDropdown(page).locator('.ant-select-item-option', { hasText: label }).first().click();
}
