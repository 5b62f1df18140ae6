/// <reference lib="dom" />
/**
 * Browser test of the built SPA served by the real API: every demo account signs in through the
 * login form and sees its role and exactly the sections its permissions open.
 *
 * Needs E2E_BASE_URL (the API serving apps/web/dist, e.g. http://127.0.0.1:3100) and Debian's
 * Chromium at /usr/bin/chromium (CHROMIUM_PATH overrides). One browser for the file, a fresh
 * context (no cookies, no localStorage) per test.
 */
import { Page } from 'playwright-core';
import { DEMO_PASSWORD, submitLogin, useBrowserPage } from './support/browser';


jest.setTimeout(30_000);

interface RoleCase {
  email: string;
  roleTitle: string;
  /** The side menu, exactly and in order. */
  sections: string[];
}

const ROLE_CASES: RoleCase[] = [
  {
    email: 'admin@demo.sopr.ru',
    roleTitle: 'Администратор системы',
    sections: [
      'home', 'regions', 'municipalities', 'organizations', 'staff', 'staffComposition', 'events', 'diagnostics', 'difficultyBank', 'competenceFramework',
      'monitoring', 'monitoringTargets', 'recommendations', 'indicators', 'users', 'apiKeys', 'audit', 'queues', 'profile',
    ],
  },
  {
    email: 'region@demo.sopr.ru',
    roleTitle: 'Региональный администратор',
    sections: [
      'home', 'municipalities', 'organizations', 'staff', 'staffComposition', 'events', 'diagnostics', 'difficultyBank', 'competenceFramework', 'monitoring',
      'monitoringTargets', 'recommendations', 'indicators', 'users', 'apiKeys', 'audit', 'profile',
    ],
  },
  {
    email: 'uo@demo.sopr.ru',
    roleTitle: 'Управление образования',
    sections: [
      'home', 'organizations', 'staff', 'staffComposition', 'events', 'diagnostics', 'difficultyBank', 'competenceFramework', 'monitoring', 'monitoringTargets',
      'recommendations', 'indicators', 'users', 'apiKeys', 'audit', 'profile',
    ],
  },
  {
    email: 'metodist@demo.sopr.ru',
    roleTitle: 'Методист муниципалитета',
    sections: [
      'home', 'organizations', 'staff', 'staffComposition', 'events', 'diagnostics', 'difficultyBank', 'competenceFramework', 'monitoring', 'monitoringTargets',
      'recommendations', 'indicators', 'users', 'profile',
    ],
  },
  {
    email: 'school@demo.sopr.ru',
    roleTitle: 'Администратор ОО',
    sections: [
      'home', 'organizations', 'staff', 'staffComposition', 'events', 'diagnostics', 'difficultyBank', 'competenceFramework', 'monitoring', 'monitoringTargets',
      'recommendations', 'indicators', 'users', 'audit', 'profile',
    ],
  },
  {
    email: 'teacher@demo.sopr.ru',
    roleTitle: 'Педагог',
    sections: ['home', 'organizations', 'myCard', 'myDiagnostics', 'events', 'competenceFramework', 'recommendations', 'indicators', 'profile'],
  },
];

describe('СОПР in the browser: roles and navigation', () => {
  let page: Page;

  const session = useBrowserPage({ viewport: { width: 1280, height: 800 } });
  beforeEach(() => {
    page = session.page;
  });

  const signIn = (email: string, password: string) => submitLogin(page, email, password);

  async function navKeys(): Promise<string[]> {
    const items = page.locator('[data-testid="side-menu"] [data-testid^="nav-"]');
    await items.first().waitFor();
    const ids = await items.evaluateAll((elements) => elements.map((element) => element.getAttribute('data-testid') ?? ''));
    return ids.map((id) => id.replace(/^nav-/, ''));
  }

  it('shows the Russian error for a wrong password and stays on the login page', async () => {
    await signIn('teacher@demo.sopr.ru', 'wrong-password-1');
    const error = page.getByTestId('login-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('Неверный адрес электронной почты или пароль');
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(await page.getByTestId('home').count()).toBe(0);
  });

  it.each(ROLE_CASES)('$email lands on the home page as «$roleTitle» with its sections', async ({ email, roleTitle, sections }) => {
    await signIn(email, DEMO_PASSWORD);
    const home = page.getByTestId('home');
    await home.waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await home.getByText(roleTitle, { exact: true }).first().isVisible()).toBe(true);
    expect(await page.getByTestId('header-role').textContent()).toBe(roleTitle);

    const keys = await navKeys();
    expect(keys).toEqual(sections);
    // The cases of the brief, spelled out.
    if (email.startsWith('teacher@')) {
      expect(keys).not.toContain('users');
      // A teacher has no staff registry, only his own card.
      expect(keys).not.toContain('staff');
      expect(keys).not.toContain('staffComposition');
      expect(await page.getByTestId('nav-myCard').textContent()).toBe('Моя карточка');
    } else {
      expect(await page.getByTestId('nav-staff').textContent()).toBe('Педагоги');
    }
    if (email.startsWith('school@')) {
      expect(keys).toContain('users');
      expect(keys).not.toContain('apiKeys');
    }
    if (email.startsWith('admin@')) expect(keys).toContain('queues');
  });

  it('a school admin sees only its own school among organizations', async () => {
    await signIn('school@demo.sopr.ru', DEMO_PASSWORD);
    await page.getByTestId('home').waitFor();
    await page.getByTestId('nav-organizations').click();
    await page.waitForURL(/\/organizations/);
    const rows = page.locator('[data-testid="organizations-table"] tr.ant-table-row');
    await rows.first().waitFor();
    expect(await page.getByTestId('page-title').textContent()).toBe('Организации');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('Средняя школа № 1 г. Кирса');
    // Read-only for a school admin: no «Добавить», no municipality filter.
    expect(await page.getByTestId('create-organization').count()).toBe(0);
    expect(await page.getByTestId('filter-municipality').count()).toBe(0);
  });
});
