/// <reference lib="dom" />
/**
 * Browser test of events: the municipal methodist creates an event for his municipality; the school
 * admin of a school there sees it, opens it and adds one of his staff as a participant.
 *
 * Same setup as roles.browser-spec.ts (E2E_BASE_URL, Chromium). Runs against the demo database
 * more than once: the event gets a random date, by which the school admin finds this run's event.
 */
import { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchChromium, openDropdown, openPage, signInAs } from './support/browser';

const EVENT_NAME = 'ПрофСреда: проверка';

jest.setTimeout(60_000);

describe('СОПР in the browser: events', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let pageErrors: string[];

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function openContext(): Promise<void> {
    ({ context, page } = await openPage(browser, pageErrors));
  }

  beforeEach(() => {
    pageErrors = [];
  });

  afterEach(async () => {
    await context?.close();
    expect(pageErrors).toEqual([]);
  });

  async function signIn(email: string): Promise<void> {
    await openContext();
    await signInAs(page, email);
  }

  async function waitForTitle(title: string): Promise<void> {
    await page.waitForFunction((expected) => document.querySelector('[data-testid="page-title"]')?.textContent === expected, title);
  }

  const inputOf = (testId: string): Locator => page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();

  it('the methodist creates an event; a school admin sees it and adds a participant', async () => {
    // A random day in 2027 tells this run's event from earlier runs' events of the same name.
    const day = new Date(Date.UTC(2027, 0, 1) + Math.floor(Math.random() * 360) * 86_400_000);
    const date = `${String(day.getUTCDate()).padStart(2, '0')}.${String(day.getUTCMonth() + 1).padStart(2, '0')}.${day.getUTCFullYear()}`;

    await signIn('metodist@demo.sopr.ru');
    await page.getByTestId('nav-events').click();
    await page.waitForURL(/\/events$/);
    await waitForTitle('Мероприятия');
    await page.getByTestId('create-event').click();
    const form = page.getByTestId('event-form');
    await form.waitFor();
    await inputOf('event-name').fill(EVENT_NAME);
    await inputOf('event-series').fill('ПрофСреда');
    const start = inputOf('event-startsOn');
    await start.click();
    await start.fill(date);
    await start.press('Enter');
    await page.getByTestId('form-submit').click();
    await page.waitForURL(/\/events\/[0-9a-f-]{36}$/);
    const eventPath = new URL(page.url()).pathname;
    await page.getByTestId('event-page').waitFor();
    await waitForTitle(EVENT_NAME);
    expect(await page.getByTestId('event-details').textContent()).toContain(date);
    // His own event: he may change it.
    expect(await page.getByTestId('event-edit').count()).toBe(1);
    await context.close();

    await signIn('school@demo.sopr.ru');
    await page.getByTestId('nav-events').click();
    await page.waitForURL(/\/events$/);
    const search = inputOf('list-search');
    await search.fill(EVENT_NAME);
    await search.press('Enter');
    await page.waitForURL(/q=/);
    const row = page.locator('[data-testid="events-table"] tr.ant-table-row', { hasText: date }).filter({ hasText: EVENT_NAME });
    await row.first().waitFor();
    await row.first().getByTestId('event-link').click();
    await page.waitForURL((url) => url.pathname === eventPath);
    await page.getByTestId('event-page').waitFor();
    // A municipal event: the school reads it but may not change it.
    expect(await page.getByTestId('event-edit').count()).toBe(0);
    expect(await page.getByTestId('event-delete').count()).toBe(0);

    await page.getByTestId('add-participant').click();
    await page.getByTestId('participant-form').waitFor();
    await page.getByTestId('participant-staff').click();
    const option = openDropdown(page).locator('.ant-select-item-option').first();
    await option.waitFor();
    const label = (await option.textContent()) ?? '';
    const staffName = label.replace(/\s*\(.*\)\s*$/, '');
    expect(staffName.length).toBeGreaterThan(0);
    await option.click();
    await page.getByTestId('form-submit').click();
    await page.getByTestId('participant-form').waitFor({ state: 'hidden' });
    const participant = page.locator('[data-testid="participants-table"] tr.ant-table-row', { hasText: staffName });
    await participant.first().waitFor();
    expect(await participant.first().textContent()).toContain('Участник');
  });
});
