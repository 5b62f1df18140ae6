/// <reference lib="dom" />
/**
 * Browser test of monitoring: the municipal methodist finds the demo run in «Мониторинг», starts a
 * new one with the defaults, watches the worker finish it (the page stops polling), sees the
 * diagnostics coverage against the region's target with a status and opens its organizations,
 * worst first. The municipal admin sets his municipality's target for it (a share above 100 is
 * refused at the cell), sees it in force, and deletes it again. The school admin sees only his
 * school's values, with no drill-down. The regional admin starts a run of the whole region,
 * watches its municipalities being counted, sees the region and its municipalities side by side,
 * the indicator's breakdowns and dynamics, and opens a municipality's run, which leads back to it.
 *
 * Needs the worker running beside the API: the run is its job. Same setup as roles.browser-spec.ts
 * (E2E_BASE_URL, Chromium). One sign-in per role (the login rate limit is shared by the whole
 * suite). Runs against the demo database more than once: every run adds a run, and the target set
 * here is deleted at the end.
 */
import { Locator, Page } from 'playwright-core';
import { signInAs, useBrowserPage } from './support/browser';

/** The worker polls its queue, then computes twenty indicators for the municipality. */
const WORKER_TIMEOUT_MS = 30_000;
const METHODIST = 'metodist@demo.sopr.ru';
const REGIONAL_ADMIN = 'region@demo.sopr.ru';
const DEMO_REGION = 'Кировская область';
const FIRST_MUNICIPALITY = 'Верхнекамский муниципальный округ';
const MUNICIPAL_ADMIN = 'uo@demo.sopr.ru';
const SCHOOL_ADMIN = 'school@demo.sopr.ru';
const COVERAGE = 'DIAG_COVERAGE';
const COVERAGE_NAME = 'Доля педагогов, прошедших диагностику/самодиагностику профессиональных дефицитов';
const NBSP = '\u00a0';
/** The region's demo target of the diagnostics coverage for the current year. */
const REGION_TARGET = `50,0${NBSP}%`;
const STATUSES = ['MET', 'AT_RISK', 'NOT_MET'];

jest.setTimeout(120_000);

describe('СОПР in the browser: monitoring', () => {
  let page: Page;

  const session = useBrowserPage();
  beforeEach(() => {
    page = session.page;
  });

  async function waitForTitle(title: string | RegExp): Promise<void> {
    const pattern = typeof title === 'string' ? `^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$` : title.source;
    await page.waitForFunction((source) => new RegExp(source).test(document.querySelector('[data-testid="page-title"]')?.textContent ?? ''), pattern);
  }

  /** The input of a control marked with data-testid (on the input itself or on its wrapper). */
  const inputOf = (scope: Page | Locator, testId: string): Locator => scope.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();

  function today(): { ru: string; year: number } {
    const now = new Date();
    return { ru: `${String(now.getDate()).padStart(2, '0')}.${String(now.getMonth() + 1).padStart(2, '0')}.${now.getFullYear()}`, year: now.getFullYear() };
  }

  const text = async (locator: Locator) => ((await locator.textContent()) ?? '').trim();

  /** «40,0 %» → 40; «—» → null. */
  const shareOf = (shown: string): number | null => (shown === '—' ? null : Number(shown.replace(`${NBSP}%`, '').replace(',', '.')));

  /** Opens «Мониторинг» from the menu and waits for its runs. */
  async function openRuns(): Promise<Locator> {
    await page.getByTestId('nav-monitoring').click();
    await page.waitForURL(/\/monitoring$/);
    await waitForTitle('Мониторинг');
    const rows = page.locator('[data-testid="runs-table"] tr.ant-table-row');
    await rows.first().waitFor();
    return rows;
  }

  /** The demo run: done, computed by the seed as the schedule would. */
  const demoRun = (rows: Locator) =>
    rows.filter({ has: page.locator('[data-testid="run-status"][data-status="DONE"]') }).filter({ has: page.getByTestId('run-initiator').getByText('по расписанию') }).first();

  it('the methodist starts a run, watches it finish and drills down from the diagnostics coverage to the organizations', async () => {
    await signInAs(page, METHODIST);
    const rows = await openRuns();
    await demoRun(rows).waitFor();

    // The form: his own municipality (no choice), today, from 1 January.
    await page.getByTestId('start-run').click();
    const form = page.getByTestId('start-run-form');
    await form.waitFor();
    expect(await form.getByTestId('start-run-municipality').count()).toBe(0);
    expect(await text(form.getByTestId('start-run-place'))).toContain('муниципалитета «');
    expect(await inputOf(form, 'start-run-asOf').inputValue()).toBe(today().ru);
    expect(await inputOf(form, 'start-run-from').inputValue()).toBe(`01.01.${today().year}`);
    await form.getByTestId('form-submit').click();

    // Its page follows the worker until the run is done.
    await page.waitForURL(/\/monitoring\/[0-9a-f-]{36}$/);
    const runId = new URL(page.url()).pathname.split('/').pop()!;
    await page.getByTestId('run-page').waitFor();
    await waitForTitle(/^Мониторинг: .+/);
    await page.locator('[data-testid="run-status"][data-status="DONE"]').waitFor({ timeout: WORKER_TIMEOUT_MS });
    expect(await page.getByTestId('run-progress').count()).toBe(0);
    expect(await text(page.getByTestId('run-facts'))).toContain(`01.01.${today().year} — ${today().ru}`);

    // The diagnostics coverage against the region's target, with its status and the change since the demo run.
    const coverage = page.locator(`[data-testid="run-values"] tr[data-row-key="${COVERAGE}"]`);
    await coverage.waitFor();
    expect(await text(coverage.getByTestId('indicator-target'))).toBe(REGION_TARGET);
    expect(await text(coverage.getByTestId('indicator-value'))).toMatch(/^\d{1,3},\d\u00a0%$/);
    expect(STATUSES).toContain(await coverage.getByTestId('target-status').getAttribute('data-status'));
    expect(['good', 'bad', 'same']).toContain(await coverage.getByTestId('value-change').getAttribute('data-tone'));
    expect(await text(page.getByTestId('indicator-group-DIAGNOSTICS').locator('.ant-card-head-title'))).toBe('Выявление профессиональных дефицитов');

    // Done: the page no longer polls the run.
    const runPath = new URL(page.url()).pathname.replace('/monitoring/', '/api/v1/monitoring-runs/');
    const polls: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === runPath) polls.push(request.url());
    });
    await page.waitForTimeout(3500);
    expect(polls).toEqual([]);

    // The drill-down: every organization's coverage, furthest below the target first.
    await coverage.getByTestId('indicator-drilldown-open').click();
    const drawer = page.getByTestId('indicator-drilldown');
    await drawer.waitFor();
    expect(await text(drawer.locator('.ant-drawer-title'))).toBe(COVERAGE_NAME);
    const organizations = drawer.locator('[data-testid="drilldown-table"] tr.ant-table-row');
    await organizations.first().waitFor();
    expect(await organizations.count()).toBeGreaterThan(1);
    expect(await text(drawer.getByTestId('drilldown-table'))).toContain('Кирса');
    const shares = (await drawer.getByTestId('drilldown-value').allTextContents()).map((shown) => shareOf(shown.trim()));
    const known = shares.filter((share): share is number => share !== null);
    expect(known).toEqual([...known].sort((a, b) => a - b));
    expect(shares.slice(known.length).every((share) => share === null)).toBe(true);
    expect(STATUSES).toContain(await organizations.first().getByTestId('target-status').getAttribute('data-status'));

    // From the furthest-behind organization to its teachers: the denominator is as many as the row says.
    const [, denominator] = (await text(organizations.first().locator('td').nth(2))).split(' из ').map(Number);
    const organizationName = await text(organizations.first().locator('td').first());
    await organizations.first().getByTestId('place-people-open').click();
    const people = page.getByTestId('people-drawer');
    await people.waitFor();
    expect(await text(people.locator('.ant-drawer-title'))).toBe(`${COVERAGE_NAME}: ${organizationName}`);
    await people.getByTestId('people-part').getByText('В знаменателе').click();
    await people.getByText(`Всего: ${denominator}`, { exact: false }).waitFor();
    const teachers = people.locator('[data-testid="people-table"] tr.ant-table-row');
    await teachers.first().waitFor();
    expect(new Set((await teachers.locator('td:nth-child(2)').allTextContents()).map((name) => name.trim()))).toEqual(new Set([organizationName]));
    await people.locator('.ant-drawer-close').click();
    await people.waitFor({ state: 'hidden' });
    await drawer.locator('.ant-drawer-close').click();
    await drawer.waitFor({ state: 'hidden' });

    // The analytical note, written by the worker right after the run: «проверить» until it is there, then the PDF.
    const pdfButton = page.getByTestId('run-download-note.pdf');
    for (let attempt = 0; attempt < 20 && !(await pdfButton.isVisible()); attempt++) {
      const pending = page.getByTestId('run-note-pending');
      if (await pending.isVisible()) await pending.click();
      await page.waitForTimeout(500);
    }
    const [note] = await Promise.all([page.waitForEvent('download'), pdfButton.click()]);
    expect(note.suggestedFilename()).toMatch(/^справка-мониторинг-.+-\d{4}-\d{2}-\d{2}\.pdf$/);
    const pdfChunks: Buffer[] = [];
    for await (const chunk of await note.createReadStream()) pdfChunks.push(chunk as Buffer);
    expect(Buffer.concat(pdfChunks).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // Back in the list, newest first: the new run, done, started by the methodist.
    await page.getByTestId('run-to-list').click();
    await page.waitForURL(/\/monitoring$/);
    // The list shown at once may be the one cached before the run was started: wait for the refetched one.
    await page.locator(`[data-testid="runs-table"] tr[data-row-key="${runId}"]`).waitFor();
    const first = page.locator('[data-testid="runs-table"] tr.ant-table-row').first();
    await first.locator('[data-testid="run-status"][data-status="DONE"]').waitFor();
    expect(await text(first.getByTestId('run-initiator'))).toBe('Бушмелева Ольга Александровна'); // the methodist, by name
  });

  it('the municipal admin sets his municipality\'s target, which is then in force, and deletes it', async () => {
    await signInAs(page, MUNICIPAL_ADMIN);
    await page.getByTestId('nav-monitoringTargets').click();
    await page.waitForURL(/\/monitoring\/targets$/);
    await waitForTitle('Цели показателей');
    expect(await text(page.getByTestId('targets-year'))).toBe(`${today().year} год`);
    expect(await text(page.getByTestId('targets-mode'))).toContain('Вы задаёте цели муниципалитета');

    const row = page.locator(`[data-testid="targets-table"] tr[data-row-key="${COVERAGE}"]`);
    await row.waitFor();
    expect(await text(row.getByTestId('target-region'))).toBe(REGION_TARGET);
    expect(await text(row.getByTestId('target-effective'))).toBe(`${REGION_TARGET}цель региона`);
    const editor = row.getByTestId('target-editor-municipality');
    const input = editor.locator('input');

    // A share above 100 %: the API's reason at the cell, nothing saved.
    await input.fill('150');
    await editor.getByTestId('target-save').click();
    await editor.getByTestId('target-error').waitFor();
    expect(await text(editor.getByTestId('target-error'))).toBe('Цель для доли — от 0 до 100 %');
    expect(await editor.getByTestId('target-delete').count()).toBe(0);

    // 65 %: saved, and now the target a run of the municipality uses.
    await input.fill('65');
    expect(await editor.getByTestId('target-error').count()).toBe(0);
    await editor.getByTestId('target-save').click();
    await row.getByTestId('target-effective').getByText('своя цель муниципалитета').waitFor();
    expect(await text(row.getByTestId('target-effective'))).toBe(`65,0${NBSP}%своя цель муниципалитета`);
    expect(await input.inputValue()).toBe('65');
    expect(await text(row.getByTestId('target-region'))).toBe(REGION_TARGET);

    // Deleted: the region's target is in force again.
    await editor.getByTestId('target-delete').click();
    await page.getByTestId('target-delete-confirm').click();
    await row.getByTestId('target-effective').getByText('цель региона').waitFor();
    expect(await input.inputValue()).toBe('');
  });

  it('the school admin sees only his school\'s values of a run, without starting runs or drilling down', async () => {
    await signInAs(page, SCHOOL_ADMIN);
    const rows = await openRuns();
    expect(await page.getByTestId('start-run').count()).toBe(0);
    await demoRun(rows).getByTestId('run-link').click();
    await page.waitForURL(/\/monitoring\/[0-9a-f-]{36}$/);
    await page.getByTestId('run-values').waitFor();
    expect(await text(page.getByTestId('run-scope'))).toMatch(/^Показатели вашей организации: .*Кирса/);
    const coverage = page.locator(`[data-testid="run-values"] tr[data-row-key="${COVERAGE}"]`);
    await coverage.waitFor();
    expect(await text(coverage.getByTestId('indicator-target'))).toBe(REGION_TARGET);
    expect(await text(coverage.getByTestId('indicator-value'))).toMatch(/^\d{1,3},\d\u00a0%$/);
    expect(await page.getByTestId('indicator-drilldown-open').count()).toBe(0);
  });

  it('the regional admin runs the whole region, watches it, compares the municipalities and opens one of them', async () => {
    await signInAs(page, REGIONAL_ADMIN);
    await openRuns();

    // The form: a municipality or the whole region (his own).
    await page.getByTestId('start-run').click();
    const form = page.getByTestId('start-run-form');
    await form.waitFor();
    await form.getByTestId('start-run-municipality').waitFor();
    await form.getByTestId('start-run-scope').getByText('Весь регион').click();
    // The municipality field goes once the choice has rendered (not necessarily by the click's return).
    await form.getByTestId('start-run-municipality').waitFor({ state: 'detached' });
    expect(await text(form.getByTestId('start-run-place'))).toContain(`региона «${DEMO_REGION}»`);
    await form.getByTestId('form-submit').click();

    // Its page: the region's run, its municipalities counted one by one until the roll-up is done.
    await page.waitForURL(/\/monitoring\/[0-9a-f-]{36}$/);
    const regionPath = new URL(page.url()).pathname;
    await page.locator('[data-testid="run-page"][data-scope="REGION"]').waitFor();
    await waitForTitle(`Мониторинг: ${DEMO_REGION}`);
    const done = page.locator('[data-testid="run-status"][data-status="DONE"]');
    await page.getByTestId('run-progress').or(done).first().waitFor();
    // Read without waiting: the worker may finish the run between two looks.
    const progress = await page.evaluate(() => document.querySelector('[data-testid="run-progress-text"]')?.textContent ?? null);
    if (progress !== null) expect(progress).toMatch(/^посчитано \d+ из \d+/);
    await done.waitFor({ timeout: 2 * WORKER_TIMEOUT_MS });
    await page.getByTestId('run-progress').waitFor({ state: 'detached' });
    expect(await text(page.getByTestId('run-facts'))).toMatch(/посчитано (\d+) из \1/);

    // Side by side: the region first, then a column per municipality, cells coloured by status.
    const matrix = page.getByTestId('comparison-matrix');
    await matrix.waitFor();
    // The header's links (antd repeats the titles, hidden, in a row that measures the columns).
    const headerLinks = matrix.locator('thead [data-testid="comparison-municipality-link"]');
    const municipalities = (await headerLinks.allTextContents()).map((name) => name.trim());
    expect(municipalities.length).toBeGreaterThanOrEqual(2);
    expect(municipalities).toContain(FIRST_MUNICIPALITY);
    expect(await text(matrix.getByTestId('comparison-group-DIAGNOSTICS'))).toBe('Выявление профессиональных дефицитов');
    const coverage = matrix.locator(`tr[data-row-key="${COVERAGE}"]`);
    await coverage.waitFor();
    expect(await text(coverage.getByTestId('comparison-region'))).toMatch(/^\d{1,3},\d\u00a0%$/);
    expect(STATUSES).toContain(await coverage.getByTestId('comparison-region').getAttribute('data-status'));
    expect(await coverage.getByTestId('comparison-cell').count()).toBe(municipalities.length);

    // The indicator's drill-down: its municipalities, its values by subject, its dynamics against the target.
    await coverage.getByTestId('indicator-drilldown-open').click();
    const drawer = page.getByTestId('indicator-drilldown');
    await drawer.waitFor();
    expect(await text(drawer.locator('.ant-drawer-title'))).toBe(COVERAGE_NAME);
    await drawer.locator('[data-testid="drilldown-table"] tr.ant-table-row').first().waitFor();
    expect(await drawer.locator('[data-testid="drilldown-table"] tr.ant-table-row').count()).toBe(municipalities.length);
    expect(await text(drawer.getByTestId('drilldown-table'))).toContain(FIRST_MUNICIPALITY);
    await drawer.getByRole('tab', { name: 'В разрезах' }).click();
    const breakdowns = drawer.getByTestId('breakdown-table');
    await breakdowns.waitFor();
    await breakdowns.locator('tr.ant-table-row').first().waitFor();
    expect(await text(breakdowns.getByTestId('breakdown-value').first())).toMatch(/^\d{1,3},\d\u00a0%$/);
    await breakdowns.getByTestId('breakdown-people-open').first().click();
    const people = page.getByTestId('people-drawer');
    await people.waitFor();
    await people.getByTestId('people-table').waitFor();
    expect(await people.getByTestId('error-state').count()).toBe(0);
    await people.locator('.ant-drawer-close').click();
    await people.waitFor({ state: 'hidden' });
    await drawer.getByRole('tab', { name: 'Динамика' }).click();
    await drawer.getByTestId('dynamics-chart').waitFor();
    expect(Number(await drawer.getByTestId('dynamics-chart').getAttribute('data-points'))).toBeGreaterThanOrEqual(1);
    await drawer.locator('.ant-drawer-close').first().click();
    await drawer.waitFor({ state: 'hidden' });

    // A municipality's run of it: its own values with their trend, and the way back to the region's.
    await headerLinks.filter({ hasText: FIRST_MUNICIPALITY }).click();
    await page.waitForURL(/\/monitoring\/[0-9a-f-]{36}$/);
    expect(new URL(page.url()).pathname).not.toBe(regionPath);
    await page.locator('[data-testid="run-page"][data-scope="MUNICIPALITY"]').waitFor();
    await waitForTitle(`Мониторинг: ${FIRST_MUNICIPALITY}`);
    const municipalCoverage = page.locator(`[data-testid="run-values"] tr[data-row-key="${COVERAGE}"]`);
    await municipalCoverage.waitFor();
    expect(await text(municipalCoverage.getByTestId('indicator-value'))).toMatch(/^\d{1,3},\d\u00a0%$/);
    await municipalCoverage.getByTestId('indicator-trend').waitFor();
    await page.getByTestId('run-parent-link').click();
    await page.waitForURL((url) => url.pathname === regionPath);
    await page.getByTestId('comparison-matrix').waitFor();
  });
});
