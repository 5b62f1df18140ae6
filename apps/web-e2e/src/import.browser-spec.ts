/// <reference lib="dom" />
/**
 * Browser test of the background staff import and the composition report: a school admin uploads a
 * CSV with a bad row, sees it listed once the worker has checked it, uploads the fixed file, leaves
 * for «Педагоги» and comes back through «Последние импорты», applies it, finds the new staff member
 * in «Педагоги», then opens «Кадровый состав». A file without a required column is discarded.
 *
 * Needs the worker running beside the API: the checks and the apply are its jobs.
 *
 * Same setup as roles.browser-spec.ts (E2E_BASE_URL, Chromium). Runs against the demo database
 * more than once: every run imports new people (random SNILS and surnames).
 */
import { Page } from 'playwright-core';
import { BASE_URL, signInAs, useBrowserPage } from './support/browser';

/** A step of the worker: it polls its queue, then reads the file. */
const WORKER_TIMEOUT_MS = 30_000;

jest.setTimeout(90_000);

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
  let page: Page;

  const session = useBrowserPage();
  beforeEach(() => {
    page = session.page;
  });

  const signIn = (email: string) => signInAs(page, email);

  /** Picks the file on /staff/import, starts the check and lands on the import's own page. */
  async function upload(name: string, buffer: Buffer): Promise<void> {
    await page.waitForURL(/\/staff\/import$/);
    await page.locator('[data-testid="import-dropzone"] input[type="file"], input[type="file"]').first().setInputFiles({ name, mimeType: 'text/csv', buffer });
    await page.getByTestId('import-check').click();
    await page.waitForURL(/\/staff\/import\/[0-9a-f-]{36}$/);
  }

  /** Waits until the import's page shows `status` (the worker has finished the step). */
  async function waitForStatus(status: string): Promise<void> {
    await page.locator(`[data-testid="import-status"][data-status="${status}"]`).waitFor({ timeout: WORKER_TIMEOUT_MS });
  }

  /** The row of «Последние импорты» with this file. */
  const historyRow = (fileName: string) => page.getByTestId('import-history').locator('tr.ant-table-row', { hasText: fileName });
  /** The status tag of that row once it shows `status`. */
  const historyStatus = (fileName: string, status: string) => historyRow(fileName).locator(`[data-testid="import-history-status"][data-status="${status}"]`);

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

  it('a school admin imports a fixed file in the background, finds the new staff member and opens «Кадровый состав»', async () => {
    await signIn('school@demo.sopr.ru');
    await page.getByTestId('nav-staff').click();
    await page.getByTestId('import-staff').click();
    await page.waitForURL(/\/staff\/import$/);
    // His own school, no picker.
    await page.getByTestId('import-organization-fixed').waitFor();
    expect(await page.getByTestId('page-title').textContent()).toBe('Импорт педагогов');
    expect(await page.getByTestId('import-organization').count()).toBe(0);
    await page.getByTestId('import-steps').waitFor();
    await page.getByTestId('import-history').waitFor();

    // The template comes with the session's token as an XLSX (a ZIP: «PK»).
    expect(await downloaded('import-template')).toMatch(/^PK/);

    const good = randomSurname('Импортова');
    const second = randomSurname('Загрузкина');
    const goodRow = `${randomSnils()};${good};Анна;ж;12.04.1990;высшее;01.09.2015;01.09.2015;Учитель;Математика`;
    const secondSnils = randomSnils();
    const badRow = `${secondSnils};${second};Мария;ж;31.02.1990;высшее;01.09.2016;01.09.2016;Учитель;Математика`;
    const fixedRow = `${secondSnils};${second};Мария;ж;28.02.1990;высшее;01.09.2016;01.09.2016;Учитель;Математика`;
    // Unique names: the list holds the imports of earlier runs too.
    const badFile = `педагоги-${second}.csv`;
    const fixedFile = `педагоги-${second}-исправленный.csv`;

    // The bad file: the worker lists the wrong date, nothing can be applied.
    await upload(badFile, csv([goodRow, badRow]));
    await waitForStatus('INVALID');
    expect(await page.getByTestId('import-status').textContent()).toBe('Есть ошибки');
    const errors = page.getByTestId('import-errors');
    await errors.locator('tr.ant-table-row').first().waitFor();
    const errorRows = await errors.locator('tr.ant-table-row').allTextContents();
    expect(errorRows).toHaveLength(1);
    expect(errorRows[0]).toContain('3');
    expect(errorRows[0]).toContain('Дата рождения');
    expect(errorRows[0]).toContain('Такой даты не существует');
    expect(await statistic('import-totalRows')).toBe('2');
    expect(await page.getByTestId('import-apply').count()).toBe(0);
    expect(await page.getByTestId('import-steps').locator('.ant-steps-item-error').count()).toBe(1);

    // The fixed file: two to create.
    await page.getByTestId('import-reupload').click();
    await upload(fixedFile, csv([goodRow, fixedRow]));
    await page.getByTestId('import-valid').waitFor({ timeout: WORKER_TIMEOUT_MS });
    expect(await page.getByTestId('import-status').getAttribute('data-status')).toBe('VALIDATED');
    expect(await page.locator('[data-testid="import-toCreate"]').textContent()).toContain('Будет создано');
    expect(await statistic('import-toCreate')).toBe('2');
    expect(await page.getByTestId('import-errors').count()).toBe(0);
    expect(await page.getByTestId('import-discard').isEnabled()).toBe(true);

    // Away to «Педагоги» and back: the checked import waits in «Последние импорты», newest first.
    await page.getByTestId('nav-staff').click();
    await page.waitForURL(/\/staff$/);
    await page.getByTestId('import-staff').click();
    await page.waitForURL(/\/staff\/import$/);
    const fixedInHistory = historyRow(fixedFile);
    // The list may show its cached state first: wait for the fresh one.
    await historyStatus(fixedFile, 'VALIDATED').waitFor();
    await historyStatus(badFile, 'INVALID').waitFor();
    expect(await historyRow(badFile).getByTestId('import-history-status').textContent()).toBe('Есть ошибки');
    const historyFiles = await page.getByTestId('import-history-link').allTextContents();
    expect(historyFiles.indexOf(fixedFile)).toBeLessThan(historyFiles.indexOf(badFile));
    await fixedInHistory.getByTestId('import-history-link').click();
    await page.waitForURL(/\/staff\/import\/[0-9a-f-]{36}$/);

    await page.getByTestId('import-apply').click();
    const done = page.getByTestId('import-done');
    await done.waitFor({ timeout: WORKER_TIMEOUT_MS });
    expect(await done.textContent()).toContain('Создано: 2');
    expect(await page.getByTestId('import-status').textContent()).toBe('Применён');
    expect(await page.getByTestId('import-steps').locator('.ant-steps-item-finish').count()).toBe(4);
    expect(await page.getByTestId('import-discard').count()).toBe(0);

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

  it('a file without a required column is refused as a whole and can be discarded', async () => {
    await signIn('school@demo.sopr.ru');
    await page.goto(`${BASE_URL}/staff/import`);
    const fileName = `без-снилс-${randomSurname('файл')}.csv`;
    const withoutSnils = Buffer.from(`Фамилия;Имя\r\n${randomSurname('Безснилсова')};Анна\r\n`, 'utf8');

    await upload(fileName, withoutSnils);
    await waitForStatus('INVALID');
    expect(await page.getByTestId('import-file-errors').textContent()).toContain('СНИЛС');
    expect(await page.getByTestId('import-errors').count()).toBe(0);

    await page.getByTestId('import-discard').click();
    await page.getByTestId('import-discard-confirm').click();
    await page.getByTestId('import-discarded').waitFor();
    expect(await page.getByTestId('import-status').getAttribute('data-status')).toBe('DISCARDED');

    // The list keeps it as discarded.
    await page.getByTestId('import-to-list').click();
    await page.waitForURL(/\/staff\/import$/);
    await historyStatus(fileName, 'DISCARDED').waitFor();
    expect(await historyRow(fileName).getByTestId('import-history-status').textContent()).toBe('Отменён');

    // An import that does not exist: the not-found state.
    await page.goto(`${BASE_URL}/staff/import/00000000-0000-4000-8000-000000000000`);
    await page.getByTestId('error-state').waitFor();
    expect(await page.getByTestId('error-state').textContent()).toContain('Не найдено');
  });
});
