/// <reference lib="dom" />
/**
 * Browser test of the staff import and the composition report: a school admin uploads a CSV with a
 * bad row, sees it listed, uploads the fixed file, applies it, finds the new staff member in
 * «Педагоги», then opens «Кадровый состав».
 *
 * Same setup as roles.browser-spec.ts (E2E_BASE_URL, Chromium). Runs against the demo database
 * more than once: every run imports new people (random SNILS and surnames).
 */
import { Browser, BrowserContext, Page } from 'playwright-core';
import { BASE_URL, DEMO_PASSWORD, launchChromium } from './support/browser';

const STEP_TIMEOUT_MS = 15_000;

jest.setTimeout(45_000);

const HEADERS = 'СНИЛС;Фамилия;Имя;Пол;Дата рождения;Уровень образования;Начало педагогического стажа;Дата приёма;Должности;Предметы';

/** A random SNILS with a valid checksum, formatted 123-456-789 01. */
function randomSnils(): string {
  const digits = `${2 + Math.floor(Math.random() * 8)}${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  const sum = [...digits].reduce((total, digit, index) => total + Number(digit) * (9 - index), 0);
  let checksum = sum < 100 ? sum : sum === 100 || sum === 101 ? 0 : sum % 101;
  if (checksum === 100) checksum = 0;
  return `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6, 9)} ${String(checksum).padStart(2, '0')}`;
}

/** A surname unique to this run, Cyrillic letters only. */
function randomSurname(base: string): string {
  const letters = 'абвгдежзиклмнопрстуфхцчшэюя';
  let suffix = '';
  for (let i = 0; i < 5; i += 1) suffix += letters[Math.floor(Math.random() * letters.length)];
  return `${base}${suffix}`;
}

const csv = (rows: string[]) => Buffer.from(`${[HEADERS, ...rows].join('\r\n')}\r\n`, 'utf8');

describe('СОПР in the browser: staff import and composition', () => {
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

  beforeEach(async () => {
    context = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1400, height: 900 } });
    context.setDefaultTimeout(STEP_TIMEOUT_MS);
    page = await context.newPage();
    pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  afterEach(async () => {
    await context?.close();
    expect(pageErrors).toEqual([]);
  });

  async function signIn(email: string): Promise<void> {
    await page.goto(`${BASE_URL}/login`);
    await page.getByTestId('login-email').fill(email);
    await page.getByTestId('login-password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('home').waitFor();
  }

  async function upload(name: string, buffer: Buffer): Promise<void> {
    await page.locator('[data-testid="import-dropzone"] input[type="file"], input[type="file"]').first().setInputFiles({ name, mimeType: 'text/csv', buffer });
    await page.getByTestId('import-check').click();
  }

  /** Clicks a download button; the first bytes of the saved file. */
  async function downloaded(testId: string): Promise<string> {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).subarray(0, 2).toString('latin1');
  }

  const statistic = async (testId: string) => (await page.getByTestId(testId).locator('.ant-statistic-content').textContent())?.trim();

  it('a school admin imports a fixed file, finds the new staff member and opens «Кадровый состав»', async () => {
    await signIn('school@demo.sopr.ru');
    await page.getByTestId('nav-staff').click();
    await page.getByTestId('import-staff').click();
    await page.waitForURL(/\/staff\/import$/);
    // His own school, no picker.
    await page.getByTestId('import-organization-fixed').waitFor();
    expect(await page.getByTestId('page-title').textContent()).toBe('Импорт педагогов');
    expect(await page.getByTestId('import-organization').count()).toBe(0);

    // The template comes with the session's token as an XLSX (a ZIP: «PK»).
    expect(await downloaded('import-template')).toMatch(/^PK/);

    const good = randomSurname('Импортова');
    const second = randomSurname('Загрузкина');
    const goodRow = `${randomSnils()};${good};Анна;ж;12.04.1990;высшее;01.09.2015;01.09.2015;Учитель;Математика`;
    const secondSnils = randomSnils();
    const badRow = `${secondSnils};${second};Мария;ж;31.02.1990;высшее;01.09.2016;01.09.2016;Учитель;Математика`;
    const fixedRow = `${secondSnils};${second};Мария;ж;28.02.1990;высшее;01.09.2016;01.09.2016;Учитель;Математика`;

    // The bad file: the wrong date is listed, applying is not possible.
    await upload('педагоги.csv', csv([goodRow, badRow]));
    const errors = page.getByTestId('import-errors');
    await errors.waitFor();
    const errorRows = await errors.locator('tr.ant-table-row').allTextContents();
    expect(errorRows).toHaveLength(1);
    expect(errorRows[0]).toContain('3');
    expect(errorRows[0]).toContain('Дата рождения');
    expect(errorRows[0]).toContain('Такой даты не существует');
    expect(await statistic('import-totalRows')).toBe('2');
    expect(await page.getByTestId('import-apply').isDisabled()).toBe(true);

    // The fixed file: two to create.
    await page.getByTestId('import-reupload').click();
    await upload('педагоги-исправленный.csv', csv([goodRow, fixedRow]));
    await page.getByTestId('import-valid').waitFor();
    expect(await page.locator('[data-testid="import-toCreate"]').textContent()).toContain('Будет создано');
    expect(await statistic('import-toCreate')).toBe('2');
    expect(await page.getByTestId('import-errors').count()).toBe(0);

    await page.getByTestId('import-apply').click();
    const done = page.getByTestId('import-done');
    await done.waitFor();
    expect(await done.textContent()).toContain('Создано: 2');

    // The new person in «Педагоги».
    await page.getByTestId('import-to-staff').click();
    await page.waitForURL(/\/staff$/);
    const searchBox = page.locator('[data-testid="list-search"] input, input[data-testid="list-search"]').first();
    await searchBox.fill(good);
    await searchBox.press('Enter');
    await page.waitForURL(/q=/);
    // The search answers with this one person only.
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="staff-link"]').length === 1);
    const link = page.getByTestId('staff-link');
    expect(await link.textContent()).toBe(`${good} Анна`);

    // «Выгрузить в Excel» with the search.
    expect(await downloaded('export-staff')).toMatch(/^PK/);

    // «Кадровый состав»: the school's summary and the table.
    await page.getByTestId('nav-staffComposition').click();
    await page.waitForURL(/\/staff\/composition$/);
    await page.getByTestId('composition-summary').waitFor();
    expect(await page.getByTestId('page-title').textContent()).toBe('Кадровый состав');
    expect(Number(await statistic('composition-total'))).toBeGreaterThan(20);
    expect(await statistic('composition-under35')).toMatch(/^\d{1,3},\d\s%$/);
    const tableRows = page.locator('[data-testid="composition-table"] tr.ant-table-row');
    await tableRows.first().waitFor();
    expect(await tableRows.count()).toBeGreaterThanOrEqual(2);
    expect(await tableRows.last().textContent()).toContain('Организация');
    await page.getByTestId('composition-chart-ageGroup').waitFor();
  });
});
