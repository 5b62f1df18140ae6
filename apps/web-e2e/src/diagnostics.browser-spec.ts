/// <reference lib="dom" />
/**
 * Browser test of diagnostics: the municipal methodist creates a ЦНППМ entry procedure, enters a
 * result below the threshold for the demo teacher, finds it in the bank of difficulties, drills
 * down to the teacher and downloads the XLSX; the demo teacher fills in the self-diagnostics
 * questionnaire in two sittings and submits it.
 *
 * Same setup as roles.browser-spec.ts (E2E_BASE_URL, Chromium). Runs against the demo database
 * more than once: the procedure's name carries a timestamp, and the questionnaire is started again
 * (or continued) whatever earlier runs left.
 */
import { Locator, Page } from 'playwright-core';
import { BASE_URL, openDropdown, signInAs, useBrowserPage } from './support/browser';

/** The demo school: its short name heads the bank's column, the full one follows staff names in pickers. */
const SCHOOL = 'СШ № 1 г. Кирса';
const SCHOOL_FULL = 'Средняя школа № 1 г. Кирса';
const TEACHER = 'Пестова Анна Сергеевна';
const METHODICAL = 'Методическая компетенция';
const MATH_LITERACY = 'Математическая грамотность';

jest.setTimeout(120_000);

describe('СОПР in the browser: diagnostics', () => {
  let page: Page;

  const session = useBrowserPage({ acceptDownloads: true });
  beforeEach(() => {
    page = session.page;
  });

  const signIn = (email: string) => signInAs(page, email);

  async function waitForTitle(title: string): Promise<void> {
    await page.waitForFunction((expected) => document.querySelector('[data-testid="page-title"]')?.textContent === expected, title);
  }

  /** The input of a control marked with data-testid (on the input itself or on its wrapper). */
  const inputOf = (testId: string): Locator => page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();

  /** Today as the date pickers show it. */
  function today(): string {
    const now = new Date();
    return `${String(now.getDate()).padStart(2, '0')}.${String(now.getMonth() + 1).padStart(2, '0')}.${now.getFullYear()}`;
  }

  async function typeDate(testId: string, value: string): Promise<void> {
    const input = inputOf(testId);
    await input.click();
    await input.fill(value);
    await input.press('Enter');
  }

  /** Checks a competence in the procedure form's tree, found by searching its name. */
  async function pickCompetence(name: string): Promise<void> {
    const search = page.locator('[data-testid="procedure-competences"] input');
    await search.click();
    await search.fill(name);
    await openDropdown(page).locator('.ant-select-tree-node-content-wrapper', { hasText: name }).first().click();
    await search.fill('');
  }

  it('the methodist creates a procedure, enters a result below the threshold and finds the teacher in the bank of difficulties', async () => {
    const name = `Входная диагностика ЦНППМ ${Date.now()}`;

    await signIn('metodist@demo.sopr.ru');
    await page.getByTestId('nav-diagnostics').click();
    await page.waitForURL(/\/diagnostics\/procedures$/);
    await waitForTitle('Диагностика');

    // The procedure: ЦНППМ entry diagnostics (the form's default kind), two competences, threshold 60.
    await page.getByTestId('create-procedure').click();
    await page.getByTestId('procedure-form').waitFor();
    await inputOf('procedure-name').fill(name);
    expect(await page.locator('[data-testid="procedure-kind"]').textContent()).toContain('Входная диагностика ЦНППМ');
    await pickCompetence(METHODICAL);
    await pickCompetence(MATH_LITERACY);
    await page.keyboard.press('Escape');
    await typeDate('procedure-startsOn', today());
    expect(await inputOf('procedure-scaleMin').inputValue()).toBe('0');
    expect(await inputOf('procedure-scaleMax').inputValue()).toBe('100');
    await inputOf('procedure-threshold').fill('60');
    expect(await page.locator('input[data-testid="procedure-isCnppm"], [data-testid="procedure-isCnppm"] input').first().isChecked()).toBe(true);
    await page.getByTestId('form-submit').click();
    await page.waitForURL(/\/diagnostics\/procedures\/[0-9a-f-]{36}$/);
    await page.getByTestId('procedure-page').waitFor();
    await waitForTitle(name);
    const competences = (await page.getByTestId('procedure-competences').textContent()) ?? '';
    expect(competences).toContain(METHODICAL);
    expect(competences).toContain(MATH_LITERACY);
    expect(await page.getByTestId('procedure-threshold').textContent()).toBe('60');

    // The result: the methodical score under the threshold, mathematical literacy above it.
    await page.getByTestId('add-result').click();
    await page.getByTestId('result-form').waitFor();
    await page.getByTestId('result-staff').click();
    await page.keyboard.type('Пестова');
    await openDropdown(page).locator('.ant-select-item-option', { hasText: TEACHER }).filter({ hasText: SCHOOL_FULL }).first().click();
    expect(await inputOf('result-takenOn').inputValue()).toBe(today());
    await inputOf('result-score-PROF.METHODICAL').fill('45');
    await inputOf('result-score-FL.MATH').fill('80');
    await page.getByTestId('form-submit').click();
    await page.getByTestId('result-form').waitFor({ state: 'hidden' });
    const row = page.locator('[data-testid="results-table"] tr.ant-table-row', { hasText: TEACHER });
    await row.first().waitFor();
    expect(await row.first().getByTestId('score-below').textContent()).toBe('45');
    expect(await row.first().getByTestId('score').textContent()).toBe('80');

    // The bank: the school's cell of the methodical competence, its teachers, the XLSX.
    await page.getByTestId('nav-difficultyBank').click();
    await page.waitForURL(/\/diagnostics\/bank$/);
    await waitForTitle('Банк затруднений');
    const cell = page.locator(`[data-testid="bank-cell"][data-competence="PROF.METHODICAL"][data-column="${SCHOOL}"]`);
    await cell.waitFor();
    expect(await cell.textContent()).toMatch(/^\d+(,\d)?\s%$/);
    expect(await cell.getAttribute('data-count')).toMatch(/^[1-9]\d* из [1-9]\d*$/);
    await cell.hover();
    await page.locator('.ant-tooltip:visible', { hasText: 'педагогов с дефицитом' }).waitFor();
    await cell.click();
    const drawer = page.getByTestId('bank-cell-drawer');
    await drawer.waitFor();
    expect(await drawer.locator('.ant-drawer-title').textContent()).toBe(`${METHODICAL} — ${SCHOOL}`);
    const search = drawer.locator('[data-testid="bank-cell-search"] input, input[data-testid="bank-cell-search"]').first();
    await search.fill('Пестова');
    await search.press('Enter');
    const teacher = drawer.getByTestId('deficit-staff-link').filter({ hasText: TEACHER });
    await teacher.first().waitFor();
    expect(await teacher.first().getAttribute('href')).toMatch(/^\/staff\/[0-9a-f-]{36}$/);
    await drawer.locator('.ant-drawer-close').click();
    await drawer.waitFor({ state: 'hidden' });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-bank').click()]);
    expect(download.suggestedFilename()).toMatch(/^банк-затруднений-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('the teacher fills in the self-diagnostics in two sittings, submits it and sees the result per competence', async () => {
    await signIn('teacher@demo.sopr.ru');
    await page.getByTestId('nav-myDiagnostics').click();
    await page.waitForURL(/\/my-diagnostics$/);
    await waitForTitle('Моя диагностика');
    await page.getByTestId('staff-diagnostics').waitFor();

    // Start anew, or continue a draft an interrupted run left behind.
    const card = page.getByTestId('self-assessment-card');
    await card.locator('[data-testid="self-assessment-start"], [data-testid="self-assessment-continue"]').first().click();
    await page.waitForURL(/\/my-diagnostics\/self-assessment$/);
    await page.getByTestId('self-assessment-form').waitFor();
    const questions = page.getByTestId('question');
    const total = await questions.count();
    expect(total).toBeGreaterThan(10);
    const firstSection = (await page.getByTestId('question-section').first().locator('.ant-card-head-title').textContent()) ?? '';
    const firstSectionSize = await page.getByTestId('question-section').first().getByTestId('question').count();

    /** Picks the answer with index `option` (0 — «Не владею») for the question `index`. */
    const answer = (index: number, option: number) => questions.nth(index).locator('.ant-radio-wrapper').nth(option).click();
    const checked = (index: number) => questions.nth(index).locator('.ant-radio-wrapper-checked');

    // First sitting: the first competence's items all «Не владею» (a deficit), then save for later.
    for (let index = 0; index < firstSectionSize; index += 1) await answer(index, 0);
    await answer(firstSectionSize, 2);
    await page.getByTestId('self-assessment-save').click();
    await page.waitForURL(/\/my-diagnostics$/);
    const answered = page.getByTestId('self-assessment-answered');
    await answered.waitFor();
    expect(Number(/Отвечено (\d+) из/.exec((await answered.textContent()) ?? '')?.[1])).toBeGreaterThanOrEqual(firstSectionSize + 1);

    // Second sitting after a reload: the answers are kept.
    await page.goto(`${BASE_URL}/my-diagnostics/self-assessment`);
    await page.getByTestId('self-assessment-form').waitFor();
    for (let index = 0; index < firstSectionSize; index += 1) expect(await checked(index).textContent()).toBe('Не владею');
    expect(await checked(firstSectionSize).textContent()).toBe('Владею уверенно');

    // Everything but the last item, then «Отправить»: the last one is reported and highlighted
    // (unless a draft an interrupted run left behind has it answered already).
    for (let index = firstSectionSize + 1; index < total - 1; index += 1) {
      if ((await checked(index).count()) === 0) await answer(index, 2);
    }
    const missing = page.locator('[data-testid="question"][data-unanswered="true"]');
    if ((await checked(total - 1).count()) === 0) {
      await page.getByTestId('self-assessment-submit').click();
      await page.getByTestId('self-assessment-error').waitFor();
      expect(await missing.count()).toBe(1);
      expect(await missing.getAttribute('data-code')).toBe(await questions.nth(total - 1).getAttribute('data-code'));
    }
    await answer(total - 1, 3);
    expect(await missing.count()).toBe(0);
    expect(await page.getByTestId('self-assessment-answered').textContent()).toBe(`Отвечено ${total} из ${total}`);
    await page.getByTestId('self-assessment-submit').click();

    // The result per competence: the first competence is a deficit.
    const result = page.getByTestId('self-assessment-result');
    await result.waitFor();
    const first = page.locator('[data-testid="self-assessment-scores"] tr.ant-table-row', { hasText: firstSection });
    expect(await first.locator('td').nth(1).textContent()).toBe('1');
    expect(await first.locator('td').nth(2).textContent()).toBe('дефицит');
    expect(await page.locator('[data-testid="self-assessment-scores"] tr.ant-table-row', { hasText: 'без дефицита' }).count()).toBeGreaterThan(0);

    // Back on «Моя диагностика»: the new deficit is open, the questionnaire can be taken again.
    await page.getByTestId('self-assessment-back').click();
    await page.waitForURL(/\/my-diagnostics$/);
    await page.getByTestId('self-assessment-last').waitFor();
    await page.locator('[data-testid="open-deficits"] tr.ant-table-row', { hasText: firstSection }).first().waitFor();
    expect(await page.getByTestId('self-assessment-start').count()).toBe(1);
  });
});
