/// <reference lib="dom" />
/**
 * Browser test of the staff registry: a school admin lists, filters and opens staff cards and adds
 * a staff member (a server field error first, then a valid SNILS); a teacher opens «Моя карточка»
 * and changes his phone.
 *
 * Same setup as roles.browser-spec.ts (E2E_BASE_URL, Chromium). Runs against the demo database
 * more than once: the new staff member gets a random SNILS and the phone a random number.
 */
import { Locator, Page } from 'playwright-core';
import { pickOption, signInAs, useBrowserPage } from './support/browser';


jest.setTimeout(45_000);

/** A random SNILS with a valid checksum (above 001-001-998, where the checksum is checked). */
function randomSnils(): { valid: string; invalid: string } {
  const digits = `${2 + Math.floor(Math.random() * 8)}${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  const sum = [...digits].reduce((total, digit, index) => total + Number(digit) * (9 - index), 0);
  let checksum = sum < 100 ? sum : sum === 100 || sum === 101 ? 0 : sum % 101;
  if (checksum === 100) checksum = 0;
  const format = (check: number) => `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6, 9)} ${String(check).padStart(2, '0')}`;
  return { valid: format(checksum), invalid: format((checksum + 1) % 100) };
}

describe('СОПР in the browser: staff registry', () => {
  let page: Page;

  const session = useBrowserPage();
  beforeEach(() => {
    page = session.page;
  });

  const signIn = (email: string) => signInAs(page, email);

  /** The input of a control marked with data-testid (on the input itself or on its wrapper). */
  const inputOf = (testId: string): Locator => page.locator(`input[data-testid="${testId}"], [data-testid="${testId}"] input`).first();

  async function typeDate(testId: string, value: string): Promise<void> {
    const input = inputOf(testId);
    await input.click();
    await input.fill(value);
    await input.press('Enter');
  }

  const rows = () => page.locator('[data-testid="staff-table"] tr.ant-table-row');

  async function totalShown(): Promise<number> {
    const text = (await page.locator('.ant-pagination-total-text').first().textContent()) ?? '';
    return Number(/(\d+)/.exec(text)?.[1] ?? NaN);
  }

  it('a school admin lists and filters his staff, opens a card and adds a staff member', async () => {
    await signIn('school@demo.sopr.ru');
    await page.getByTestId('nav-staff').click();
    await page.waitForURL(/\/staff$/);
    await rows().first().waitFor();
    expect(await page.getByTestId('page-title').textContent()).toBe('Педагоги');

    // His own school only: no organization column or picker, a school-sized total.
    const headers = await page.locator('[data-testid="staff-table"] thead th').allTextContents();
    expect(headers).toContain('ФИО');
    expect(headers).not.toContain('Организация');
    expect(await page.getByTestId('filter-organization').count()).toBe(0);
    const total = await totalShown();
    expect(total).toBeGreaterThan(20);
    expect(total).toBeLessThan(100);

    // «Молодые специалисты»: every row is one, the filter survives a reload.
    await pickOption(page, 'filter-youngSpecialist', 'Молодые специалисты');
    await page.waitForURL(/youngSpecialist=true/);
    await page.waitForFunction(() => !document.querySelector('[data-testid="staff-table"] .ant-spin-spinning'));
    await page.reload();
    await rows().first().waitFor();
    const youngCount = await rows().count();
    expect(youngCount).toBeGreaterThan(0);
    expect(await totalShown()).toBeLessThan(total);
    for (const text of await rows().allTextContents()) expect(text).toContain('Молодой специалист');

    // A card.
    const firstLink = page.getByTestId('staff-link').first();
    const name = (await firstLink.textContent()) ?? '';
    await firstLink.click();
    await page.getByTestId('staff-card').waitFor();
    expect(await page.getByTestId('staff-fullName').textContent()).toBe(name);
    expect(await page.getByTestId('snils-reveal').count()).toBe(1);

    // A new staff member: the server rejects the checksum first, then accepts the fixed SNILS.
    await page.getByTestId('nav-staff').click();
    await page.getByTestId('create-staff').click();
    const form = page.getByTestId('staff-form');
    await form.waitFor();
    const snils = randomSnils();
    const lastName = `Проверкина${Date.now().toString(36).replace(/\d/g, '').slice(0, 4)}`;
    await inputOf('staff-snils').fill(snils.invalid);
    await inputOf('staff-lastName').fill(lastName);
    await inputOf('staff-firstName').fill('Ольга');
    await inputOf('staff-middleName').fill('Игоревна');
    await form.getByText('Женский', { exact: true }).click();
    await typeDate('staff-birthDate', '05.04.1995');
    await typeDate('staff-teachingSince', '01.09.2024');
    await typeDate('staff-hiredOn', '01.09.2024');
    await page.getByTestId('form-submit').click();
    const snilsError = form.locator('.ant-form-item', { has: inputOf('staff-snils') }).locator('.ant-form-item-explain-error');
    await snilsError.waitFor();
    expect(await snilsError.textContent()).toContain('СНИЛС указан с ошибкой');

    await inputOf('staff-snils').fill(snils.valid);
    await page.getByTestId('form-submit').click();
    await page.waitForURL(/\/staff\/[0-9a-f-]{36}$/);
    await page.getByTestId('staff-card').waitFor();
    expect(await page.getByTestId('staff-fullName').textContent()).toBe(`${lastName} Ольга Игоревна`);
    expect(await page.locator('[data-testid="staff-card"]').textContent()).toContain('Молодой специалист');
  });

  it('a teacher sees «Моя карточка» and changes his phone', async () => {
    await signIn('teacher@demo.sopr.ru');
    expect(await page.getByTestId('nav-staff').count()).toBe(0);
    await page.getByTestId('nav-myCard').click();
    await page.waitForURL(/\/my-card$/);
    await page.getByTestId('staff-card').waitFor();
    expect(await page.getByTestId('page-title').textContent()).toBe('Моя карточка');
    expect(await page.getByTestId('staff-fullName').textContent()).toBe('Пестова Анна Сергеевна');
    // Contacts only: no full edit, no dismissal, no SNILS.
    expect(await page.getByTestId('staff-edit').count()).toBe(0);
    expect(await page.getByTestId('staff-dismiss').count()).toBe(0);
    expect(await page.getByTestId('snils-reveal').count()).toBe(0);

    const phone = `+7 912 ${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
    await inputOf('contacts-phone').fill(phone);
    await page.getByTestId('contacts-submit').click();
    await page.waitForFunction(
      (expected) => document.querySelector('[data-testid="staff-phone"]')?.textContent === expected,
      phone,
    );
  });
});
