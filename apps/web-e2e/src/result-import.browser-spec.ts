/// <reference lib="dom" />
/**
 * Browser test of the results file import: the municipal methodist opens a procedure of his
 * municipality, uploads an XLSX as a diagnostics platform exports it (rows of real demo teachers
 * of the municipality), sees the suggested column mapping, picks the one score column it could not
 * recognise, runs the check, sees the counts, applies and finds the results in the procedure's
 * table. A file with an unknown SNILS lists the row, offers no «Применить» and is discarded.
 *
 * Needs the worker running beside the API: the check and the apply are its jobs.
 *
 * Same setup as roles.browser-spec.ts (E2E_BASE_URL, Chromium). Runs against the demo database
 * more than once: every run creates its own procedures (a timestamp in the name) through the API.
 */
import ExcelJS from 'exceljs';
import { Page } from 'playwright-core';
import { BASE_URL, DEMO_PASSWORD, openDropdown, signInAs, useBrowserPage } from './support/browser';

/** A step of the worker: it polls its queue, then reads the file. */
const WORKER_TIMEOUT_MS = 30_000;
const METHODIST = 'metodist@demo.sopr.ru';
/** The municipal admin of the same municipality: he may read full SNILS, the methodist may not. */
const MUNICIPAL_ADMIN = 'uo@demo.sopr.ru';
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** The column of the methodical score, named so that nothing recognises it. */
const METHODICAL_COLUMN = 'Методика, балл';

jest.setTimeout(120_000);

interface Competence {
  id: string;
  code: string;
  name: string;
}
interface Procedure {
  id: string;
  name: string;
  competences: Competence[];
}
interface Teacher {
  id: string;
  fullName: string;
  snils: string;
}

async function api<T>(path: string, token: string | null, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const response = await fetch(`${BASE_URL}${path}`, {
    method: init.method ?? 'GET',
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

async function login(email: string): Promise<{ accessToken: string; user: { municipalityId: string | null } }> {
  return api('/api/v1/auth/login', null, { method: 'POST', body: { email, password: DEMO_PASSWORD } });
}

/** A random SNILS with a valid checksum, formatted 123-456-789 01. */
function randomSnils(): string {
  const digits = `${2 + Math.floor(Math.random() * 8)}${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  const sum = [...digits].reduce((total, digit, index) => total + Number(digit) * (9 - index), 0);
  let checksum = sum < 100 ? sum : sum === 100 || sum === 101 ? 0 : sum % 101;
  if (checksum === 100) checksum = 0;
  return `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6, 9)} ${String(checksum).padStart(2, '0')}`;
}

/** A date `days` back, as the platforms write it: DD.MM.YYYY (and as the API: YYYY-MM-DD). */
function daysAgo(days: number): { ru: string; iso: string } {
  const date = new Date(Date.now() - days * 86_400_000);
  const [dd, mm, yyyy] = [String(date.getDate()).padStart(2, '0'), String(date.getMonth() + 1).padStart(2, '0'), String(date.getFullYear())];
  return { ru: `${dd}.${mm}.${yyyy}`, iso: `${yyyy}-${mm}-${dd}` };
}

async function xlsx(headers: string[], rows: (string | number)[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Результаты');
  [headers, ...rows].forEach((row) => sheet.addRow(row));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('СОПР in the browser: results file import', () => {
  const session = useBrowserPage();
  let page: Page;
  let methodistToken: string;
  let municipalityId: string;
  let teachers: Teacher[];

  /** A fresh procedure of the methodist's municipality: methodical competence and mathematical literacy, threshold 60. */
  async function createProcedure(name: string): Promise<Procedure> {
    return api<Procedure>('/api/v1/diagnostic-procedures', methodistToken, {
      method: 'POST',
      body: {
        name, kind: 'EXTERNAL_FIOKO', competenceCodes: ['PROF.METHODICAL', 'FL.MATH'], startsOn: daysAgo(30).iso, scaleMin: 0, scaleMax: 100, threshold: 60,
        owner: 'MUNICIPALITY', ownerId: municipalityId,
      },
    });
  }

  beforeAll(async () => {
    // The API as the methodist (his procedures, his teachers) and as the municipal admin (their full SNILS).
    const methodist = await login(METHODIST);
    methodistToken = methodist.accessToken;
    municipalityId = methodist.user.municipalityId ?? '';
    expect(municipalityId).not.toBe('');
    const staff = await api<{ items: { id: string; fullName: string; employment: string; active: boolean }[] }>('/api/v1/staff?limit=100&sort=fullName', methodistToken);
    const seen = new Set<string>();
    const picked = staff.items.filter((item) => {
      if (item.employment !== 'MAIN' || !item.active || seen.has(item.fullName)) return false;
      seen.add(item.fullName);
      return true;
    }).slice(0, 3);
    expect(picked).toHaveLength(3);
    const admin = await login(MUNICIPAL_ADMIN);
    teachers = await Promise.all(
      picked.map(async (item) => ({ id: item.id, fullName: item.fullName, snils: (await api<{ snils: string }>(`/api/v1/staff/${item.id}/snils`, admin.accessToken)).snils })),
    );
  });

  beforeEach(() => {
    page = session.page;
  });

  async function waitForTitle(title: string): Promise<void> {
    await page.waitForFunction((expected) => document.querySelector('[data-testid="page-title"]')?.textContent === expected, title);
  }

  /** Opens the procedure's page, then its import page, picks the file and uploads it: lands on step «Сопоставление». */
  async function upload(procedure: Procedure, fileName: string, buffer: Buffer): Promise<void> {
    await page.goto(`${BASE_URL}/diagnostics/procedures/${procedure.id}`);
    await page.getByTestId('procedure-page').waitFor();
    await waitForTitle(procedure.name);
    await page.getByTestId('procedure-import-results').click();
    await page.waitForURL(/\/diagnostics\/procedures\/[0-9a-f-]{36}\/import$/);
    await waitForTitle('Импорт результатов');
    await page.getByTestId('result-import-history').waitFor();
    await page
      .locator('[data-testid="result-import-dropzone"] input[type="file"], input[type="file"]')
      .first()
      .setInputFiles({ name: fileName, mimeType: XLSX_MIME, buffer });
    await page.getByTestId('result-import-upload').click();
    await page.waitForURL(/\/diagnostics\/procedures\/[0-9a-f-]{36}\/import\/[0-9a-f-]{36}$/);
    await page.getByTestId('result-import-mapping').waitFor();
    expect(await page.getByTestId('result-import-status').getAttribute('data-status')).toBe('MAPPING');
  }

  /** The text a mapping select shows: the chosen header or its placeholder. */
  const selected = async (testId: string) => ((await page.getByTestId(testId).textContent()) ?? '').trim();

  /** Waits until the import's page shows `status` (the worker has finished the step). */
  async function waitForStatus(status: string): Promise<void> {
    await page.locator(`[data-testid="result-import-status"][data-status="${status}"]`).waitFor({ timeout: WORKER_TIMEOUT_MS });
  }

  const statistic = async (testId: string) => (await page.getByTestId(testId).locator('.ant-statistic-content').textContent())?.trim();

  it('the methodist uploads an XLSX, fixes a score column, checks, applies and finds the results in the procedure', async () => {
    const procedure = await createProcedure(`Диагностика ФИОКО ${Date.now()}`);
    const math = procedure.competences.find((competence) => competence.code === 'FL.MATH');
    expect(math).toBeDefined();
    const takenOn = daysAgo(3).ru;
    const fileName = `результаты-фиоко-${Date.now()}.xlsx`;
    // The math column is named as the competence (recognised); the methodical one is not.
    const file = await xlsx(
      ['№', 'ФИО участника', 'СНИЛС', 'Дата прохождения', METHODICAL_COLUMN, math!.name],
      teachers.map((teacher, index) => [index + 1, teacher.fullName, teacher.snils, takenOn, [45, 72.5, 90][index], [80, 40, 65][index]]),
    );

    await signInAs(page, METHODIST);
    await upload(procedure, fileName, file);

    // The suggested mapping: the person, the date and the math column found by their headers.
    expect(await page.getByTestId('result-import-matching-rule').textContent()).toContain(
      'Педагог ищется по внешнему идентификатору, затем по СНИЛС, затем по ФИО и дате рождения',
    );
    expect(await selected('result-import-field-fullName')).toBe('ФИО участника');
    expect(await selected('result-import-field-snils')).toBe('СНИЛС');
    expect(await selected('result-import-field-takenOn')).toBe('Дата прохождения');
    expect(await selected('result-import-field-externalId')).toBe('Не выбран');
    expect(await selected('result-import-score-FL.MATH')).toBe(math!.name);
    expect(await selected('result-import-score-PROF.METHODICAL')).toBe('Не импортируется');
    expect(await page.getByTestId('result-import-unused').textContent()).toContain(METHODICAL_COLUMN);
    expect(await page.getByTestId('result-import-steps').locator('.ant-steps-item-finish').count()).toBe(1);

    // The methodical score column, picked by hand.
    await page.getByTestId('result-import-score-PROF.METHODICAL').click();
    await openDropdown(page).locator('.ant-select-item-option', { hasText: METHODICAL_COLUMN }).first().click();
    expect(await selected('result-import-score-PROF.METHODICAL')).toBe(METHODICAL_COLUMN);
    expect(await page.getByTestId('result-import-score-count').textContent()).toBe('Выбрано столбцов: 2 из 2');
    expect(await page.getByTestId('result-import-unused').textContent()).not.toContain(METHODICAL_COLUMN);

    // The check: the worker finds all three teachers; nothing is in the procedure yet.
    await page.getByTestId('result-import-check').click();
    await page.getByTestId('result-import-valid').waitFor({ timeout: WORKER_TIMEOUT_MS });
    expect(await page.getByTestId('result-import-status').getAttribute('data-status')).toBe('VALIDATED');
    expect(await statistic('result-import-totalRows')).toBe('3');
    expect(await statistic('result-import-toCreate')).toBe('3');
    expect(await statistic('result-import-toUpdate')).toBe('0');
    expect(await statistic('result-import-unchanged')).toBe('0');
    expect(await page.getByTestId('result-import-toCreate').textContent()).toContain('Новых');
    expect(await page.getByTestId('result-import-toUpdate').textContent()).toContain('Заменятся');
    expect(await page.getByTestId('result-import-mapping-facts').textContent()).toContain(`«${METHODICAL_COLUMN}»`);

    // Apply: the worker writes them all; the page stops polling once it is done.
    await page.getByTestId('result-import-apply').click();
    const done = page.getByTestId('result-import-done');
    await done.waitFor({ timeout: WORKER_TIMEOUT_MS });
    expect(await done.textContent()).toContain('Новых: 3');
    expect(await page.getByTestId('result-import-status').getAttribute('data-status')).toBe('APPLIED');
    expect(await page.getByTestId('result-import-steps').locator('.ant-steps-item-finish').count()).toBe(5);
    expect(await page.getByTestId('result-import-discard').count()).toBe(0);
    await page.waitForTimeout(1500);
    const polls: string[] = [];
    const importUrl = new URL(page.url()).pathname.replace('/diagnostics/procedures/', '/api/v1/diagnostic-procedures/').replace('/import/', '/result-imports/');
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === importUrl) polls.push(request.url());
    });
    await page.waitForTimeout(3000);
    expect(polls).toEqual([]);

    // «Последние импорты» keeps it, and reopens the wizard where it stands.
    await page.getByTestId('result-import-to-list').click();
    await page.waitForURL(/\/import$/);
    const row = page.getByTestId('result-import-history').locator('tr.ant-table-row', { hasText: fileName });
    await row.locator('[data-testid="result-import-history-status"][data-status="APPLIED"]').waitFor();
    await row.getByTestId('result-import-history-link').click();
    await page.getByTestId('result-import-done').waitFor();

    // The results in the procedure's table, the methodical 45 below the threshold.
    await page.getByTestId('result-import-to-results').click();
    await page.waitForURL(/\/diagnostics\/procedures\/[0-9a-f-]{36}$/);
    await page.getByTestId('procedure-page').waitFor();
    const results = page.locator('[data-testid="results-table"] tr.ant-table-row');
    for (const teacher of teachers) await results.filter({ hasText: teacher.fullName }).first().waitFor();
    expect(await results.count()).toBe(3);
    const first = results.filter({ hasText: teachers[0].fullName }).first();
    expect(await first.getByTestId('score-below').textContent()).toBe('45');
    expect(await first.getByTestId('score').textContent()).toBe('80');
    expect(await first.textContent()).toContain(takenOn);
    expect(await first.textContent()).toContain('Импорт файла');
  });

  it('a file with an unknown SNILS lists the row, offers no «Применить» and is discarded', async () => {
    const procedure = await createProcedure(`Диагностика ФИОКО, ошибочный файл ${Date.now()}`);
    const [methodical, math] = ['PROF.METHODICAL', 'FL.MATH'].map((code) => procedure.competences.find((competence) => competence.code === code)!);
    const takenOn = daysAgo(3).ru;
    const fileName = `результаты-с-ошибкой-${Date.now()}.xlsx`;
    const file = await xlsx(
      ['ФИО участника', 'СНИЛС', 'Дата прохождения', methodical.name, math.name],
      [
        [teachers[0].fullName, teachers[0].snils, takenOn, 70, 70],
        ['Неизвестная Ольга Петровна', randomSnils(), takenOn, 50, 50],
      ],
    );

    await signInAs(page, METHODIST);
    await upload(procedure, fileName, file);
    // Every column recognised: checked as suggested.
    expect(await selected('result-import-score-PROF.METHODICAL')).toBe(methodical.name);
    expect(await selected('result-import-score-FL.MATH')).toBe(math.name);
    await page.getByTestId('result-import-check').click();

    await waitForStatus('INVALID');
    expect(await page.getByTestId('result-import-status').textContent()).toBe('Есть ошибки');
    const errors = page.getByTestId('import-errors');
    await errors.locator('tr.ant-table-row').first().waitFor();
    const errorRows = await errors.locator('tr.ant-table-row').allTextContents();
    expect(errorRows).toHaveLength(1);
    expect(errorRows[0]).toContain('3');
    expect(errorRows[0]).toContain('СНИЛС');
    expect(errorRows[0]).toContain('Педагог с таким СНИЛС не найден');
    expect(await statistic('result-import-errorCount')).toBe('1');
    expect(await page.getByTestId('result-import-apply').count()).toBe(0);
    expect(await page.getByTestId('result-import-steps').locator('.ant-steps-item-error').count()).toBe(1);

    // «Изменить сопоставление» goes back to step 2 with the mapping checked last; back without checking.
    await page.getByTestId('result-import-edit-mapping').click();
    await page.getByTestId('result-import-mapping').waitFor();
    expect(await selected('result-import-field-snils')).toBe('СНИЛС');
    expect(await page.getByTestId('result-import-steps').locator('.ant-steps-item-process').first().textContent()).toContain('Сопоставление');
    await page.getByTestId('result-import-cancel-mapping').click();
    await page.getByTestId('result-import-invalid').waitFor();

    // Discarded: nothing was written.
    await page.getByTestId('result-import-discard').click();
    await page.getByTestId('result-import-discard-confirm').click();
    await page.getByTestId('result-import-discarded').waitFor();
    expect(await page.getByTestId('result-import-status').getAttribute('data-status')).toBe('DISCARDED');
    await page.getByTestId('result-import-to-procedure').click();
    await page.getByTestId('procedure-page').waitFor();
    await page.getByTestId('results-table').getByTestId('empty-state').waitFor();
  });
});
