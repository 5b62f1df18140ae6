/// <reference lib="dom" />
/**
 * Browser test of recommendations on the demo data (the seed's monitoring run of the first
 * municipality issues them). The school admin finds his school's and his teachers' open ones in
 * «Рекомендации» and none of the municipality's; he accepts one of his school's and rejects another
 * (the API's «Укажите причину отклонения» under the field first, then with a reason), which then
 * shows among the rejected ones. The municipal methodist sees the municipality's ones (a lagging
 * organization, a topic for the methodical association) and may act on them but not on a teacher's,
 * and goes from one to its run and back. The teacher sees only his own.
 *
 * Same setup as roles.browser-spec.ts (E2E_BASE_URL, Chromium). One sign-in per role (the login
 * rate limit is shared by the whole suite). Runs on a fresh demo database, whichever of the other
 * specs ran before: a new monitoring run issues no recommendation that is still open, and what
 * is accepted or rejected here is picked from what the list shows. Should the school have a single
 * recommendation of its own that day, the accepted one is the one rejected (accepted → rejected is
 * a transition too).
 */
import { Locator, Page } from 'playwright-core';
import { pickOption, signInAs, useBrowserPage } from './support/browser';

const SCHOOL_ADMIN = 'school@demo.sopr.ru';
const METHODIST = 'metodist@demo.sopr.ru';
const TEACHER = 'teacher@demo.sopr.ru';
/** The demo teacher, Пестова Анна Сергеевна, as the list names a person. */
const TEACHER_SHORT = 'Пестова А. С.';
const OPEN = ['ISSUED', 'ACCEPTED'];
const MUNICIPALITY_RULES = ['lagging-org', 'deficit-topic'];

jest.setTimeout(90_000);

describe('СОПР in the browser: recommendations', () => {
  let page: Page;
  /** Recommendations to other teachers of the school, as its admin saw them: none of them is the demo teacher's to see. */
  const otherTeachers: string[] = [];

  const session = useBrowserPage();
  beforeEach(() => {
    page = session.page;
  });

  const text = async (locator: Locator) => ((await locator.textContent()) ?? '').trim();
  const table = () => page.getByTestId('recommendations-table');
  const rows = () => table().locator('tr.ant-table-row');
  const row = (id: string) => table().locator(`tr[data-row-key="${id}"]`);

  /** `attribute` of the element `testId` in every row, in order. */
  async function columnOf(testId: string, attribute: string): Promise<string[]> {
    return rows().evaluateAll(
      (elements, [id, name]) => elements.map((element) => element.querySelector(`[data-testid="${id}"]`)?.getAttribute(name) ?? ''),
      [testId, attribute] as const,
    );
  }

  const idsOf = (locator: Locator) => locator.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-row-key') ?? ''));

  /**
   * The table has read its page (no spinner) and shows rows or its empty state; with `only`, every
   * row's element `testId` has `attribute` equal to `value` (the URL changes before the new page is shown).
   */
  async function settled(only?: { testId: string; attribute: string; value: string }): Promise<void> {
    await page.waitForFunction((condition) => {
      const root = document.querySelector('[data-testid="recommendations-table"]');
      if (!root || root.querySelector('.ant-spin-spinning') || !root.querySelector('tr.ant-table-row, [data-testid="empty-state"]')) return false;
      if (!condition) return true;
      return Array.from(root.querySelectorAll('tr.ant-table-row')).every(
        (row) => row.querySelector(`[data-testid="${condition.testId}"]`)?.getAttribute(condition.attribute) === condition.value,
      );
    }, only);
  }

  /** The text of the table's empty state. */
  const emptyText = () => text(table().locator('[data-testid="empty-state"] .ant-empty-description'));

  async function openRecommendations(): Promise<void> {
    await page.getByTestId('nav-recommendations').click();
    await page.waitForURL(/\/recommendations$/);
    await page.waitForFunction(() => document.querySelector('[data-testid="page-title"]')?.textContent === 'Рекомендации');
    await settled();
  }

  async function filterBy(selectTestId: string, label: string, url: RegExp, only?: Parameters<typeof settled>[0]): Promise<void> {
    await pickOption(page, selectTestId, label);
    await page.waitForURL(url);
    await settled(only);
  }

  const statusIs = (value: string) => ({ testId: 'recommendation-status', attribute: 'data-status', value });
  const addresseeIs = (value: string) => ({ testId: 'recommendation-addressee', attribute: 'data-addressee', value });
  const ruleIs = (value: string) => ({ testId: 'recommendation-rule', attribute: 'data-rule', value });

  it('the school admin sees his school\'s open recommendations, accepts one and rejects another with a reason', async () => {
    await signInAs(page, SCHOOL_ADMIN);
    await openRecommendations();
    expect(await text(page.getByTestId('filter-status'))).toContain('Открытые');
    await rows().first().waitFor();

    // Open ones, to his school or his teachers; none of the municipality's; his own school goes without saying.
    expect((await columnOf('recommendation-status', 'data-status')).every((status) => OPEN.includes(status))).toBe(true);
    const addressees = await columnOf('recommendation-addressee', 'data-addressee');
    expect(addressees).toContain('SCHOOL');
    expect(addressees.every((addressee) => addressee === 'SCHOOL' || addressee === 'TEACHER')).toBe(true);
    expect((await columnOf('recommendation-rule', 'data-rule')).some((rule) => MUNICIPALITY_RULES.includes(rule))).toBe(false);
    expect(await table().getByTestId('recommendation-organization').count()).toBe(0);

    // A teacher's recommendation is the teacher's to act on, not the admin's.
    const toTeachers = rows().filter({ has: page.locator('[data-testid="recommendation-addressee"][data-addressee="TEACHER"]') });
    otherTeachers.push(...(await idsOf(toTeachers)));
    for (const id of otherTeachers) expect(await row(id).getByTestId('recommendation-actions').count()).toBe(0);

    // His school's issued ones carry «Принять» and «Отклонить».
    const actionable = rows()
      .filter({ has: page.locator('[data-testid="recommendation-addressee"][data-addressee="SCHOOL"]') })
      .filter({ has: page.locator('[data-testid="recommendation-status"][data-status="ISSUED"]') });
    const ids = await idsOf(actionable);
    expect(ids.length).toBeGreaterThan(0);
    const [accepted] = ids;
    const rejected = ids[1] ?? accepted;
    expect(await row(accepted).getByTestId('recommendation-reject').count()).toBe(1);
    expect(await row(accepted).getByTestId('recommendation-done').count()).toBe(0);

    // Accepted: still open, now «Принята в работу», with «Выполнено» instead of «Принять».
    await row(accepted).getByTestId('recommendation-accept').click();
    await row(accepted).locator('[data-testid="recommendation-status"][data-status="ACCEPTED"]').waitFor();
    await row(accepted).getByTestId('recommendation-done').waitFor();
    expect(await row(accepted).getByTestId('recommendation-accept').count()).toBe(0);
    expect(await text(row(accepted).getByTestId('recommendation-status'))).toBe('Принята в работу');

    // Rejected: without a reason the API's message stays under the field and nothing changes.
    const rejectedText = await text(row(rejected).getByTestId('recommendation-text'));
    await row(rejected).getByTestId('recommendation-reject').click();
    const form = page.getByTestId('reject-form');
    await form.waitFor();
    await page.getByTestId('reject-confirm').click();
    const fieldError = form.locator('.ant-form-item-explain-error');
    await fieldError.waitFor();
    expect(await text(fieldError)).toBe('Укажите причину отклонения');
    expect(await row(rejected).locator('[data-testid="recommendation-status"][data-status="REJECTED"]').count()).toBe(0);

    // With a reason: gone from the open ones.
    const reason = `Педагоги уже записаны на курсы (${Date.now()})`;
    await form.locator('textarea').fill(reason);
    await page.getByTestId('reject-confirm').click();
    await form.waitFor({ state: 'hidden' });
    await row(rejected).waitFor({ state: 'detached' });
    if (rejected !== accepted) expect(await row(accepted).count()).toBe(1);

    // Among the rejected ones, with its reason.
    await filterBy('filter-status', 'Отклонена', /status=REJECTED/, statusIs('REJECTED'));
    await row(rejected).waitFor();
    expect(await text(row(rejected).getByTestId('recommendation-text'))).toBe(rejectedText);
    expect(await text(row(rejected).getByTestId('recommendation-reason'))).toBe(`Причина: ${reason}`);
    expect(await row(rejected).getByTestId('recommendation-actions').count()).toBe(0);

    // The municipality's are not his: nothing, whatever the status.
    await filterBy('filter-addressee', 'Муниципальной методической службе', /addressee=MUNICIPALITY/, addresseeIs('MUNICIPALITY'));
    expect(await emptyText()).toBe('Рекомендаций нет в статусе «Отклонена» по условиям отбора');
    await filterBy('filter-status', 'Все', /status=ALL/);
    await page.waitForFunction(() => document.querySelector('[data-testid="recommendations-table"] .ant-empty-description')?.textContent === 'Рекомендаций нет по условиям отбора');
  });

  it('the methodist sees the municipality\'s recommendations, acts only on those, and goes to their run and back', async () => {
    await signInAs(page, METHODIST);
    await openRecommendations();

    // The municipality's own: lagging organizations and topics for the methodical associations, his to act on.
    await filterBy('filter-addressee', 'Муниципальной методической службе', /addressee=MUNICIPALITY/, addresseeIs('MUNICIPALITY'));
    await rows().first().waitFor();
    const rules = await columnOf('recommendation-rule', 'data-rule');
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.every((rule) => MUNICIPALITY_RULES.includes(rule))).toBe(true);
    expect(await rows().count()).toBe(await table().getByTestId('recommendation-actions').count());

    await filterBy('filter-rule', 'Тема для методобъединения', /ruleCode=deficit-topic/, ruleIs('deficit-topic'));
    await rows().first().waitFor();
    expect(new Set(await columnOf('recommendation-rule', 'data-rule'))).toEqual(new Set(['deficit-topic']));
    expect(await text(rows().first().getByTestId('recommendation-text'))).toMatch(/^Включите тему «.+» в план методического объединения/);
    expect(await text(rows().first().getByTestId('recommendation-subjects'))).not.toBe('');

    // Teachers' ones across the municipality's schools: he sees them, with their organization, but does not act on them.
    await page.getByRole('button', { name: 'Сбросить' }).click();
    await page.waitForURL(/\/recommendations$/);
    await settled();
    await filterBy('filter-addressee', 'Педагогу', /addressee=TEACHER/, addresseeIs('TEACHER'));
    await rows().first().waitFor();
    expect(new Set(await columnOf('recommendation-addressee', 'data-addressee'))).toEqual(new Set(['TEACHER']));
    expect(await table().getByTestId('recommendation-organization').count()).toBe(await rows().count());
    expect(await table().getByTestId('recommendation-actions').count()).toBe(0);
    const subject = rows().first().getByTestId('recommendation-subject-link');
    expect(await subject.getAttribute('href')).toMatch(/^\/staff\/[0-9a-f-]{36}$/);

    // From a recommendation to the run that issued it, and from the run to the recommendations.
    await rows().first().getByTestId('recommendation-run').click();
    await page.waitForURL(/\/monitoring\/[0-9a-f-]{36}$/);
    await page.getByTestId('run-recommendations').waitFor();
    await page.getByTestId('run-recommendations-link').click();
    await page.waitForURL(/\/recommendations$/);
    await settled();
  });

  it('the teacher finds only his own recommendations from his menu', async () => {
    await signInAs(page, TEACHER);
    await openRecommendations();
    expect(await page.getByTestId('filter-addressee').count()).toBe(0);
    await filterBy('filter-status', 'Все', /status=ALL/);
    await page.waitForFunction(() => {
      const root = document.querySelector('[data-testid="recommendations-table"]');
      return !!root && (!!root.querySelector('tr.ant-table-row') || root.querySelector('.ant-empty-description')?.textContent === 'Рекомендаций нет');
    });

    // Each about him alone (the demo may give him none), none of those to his colleagues; no runs for a teacher.
    const ids = await idsOf(rows());
    for (const id of ids) expect(await text(row(id).getByTestId('recommendation-subjects'))).toBe(TEACHER_SHORT);
    expect(ids.filter((id) => otherTeachers.includes(id))).toEqual([]);
    if (ids.length === 0) expect(await emptyText()).toBe('Рекомендаций нет');
    expect(await table().getByTestId('recommendation-run').count()).toBe(0);
    const headers = await table().locator('thead th').allTextContents();
    expect(headers).not.toContain('Адресат');

    // His open ones on «Моя диагностика» as well.
    await page.getByTestId('nav-myDiagnostics').click();
    await page.waitForURL(/\/my-diagnostics$/);
    const card = page.getByTestId('my-recommendations');
    await card.locator('[data-testid="my-recommendation"], [data-testid="empty-state"]').first().waitFor();
    await card.getByTestId('my-recommendations-all').click();
    await page.waitForURL(/\/recommendations$/);
  });
});
