import { canOpen, sectionForPath, visibleSections } from './navigation';

const HIERARCHY_READ = ['region.read', 'municipality.read', 'organization.read'];
const PERMISSIONS = {
  TEACHER: [...HIERARCHY_READ],
  SCHOOL_ADMIN: [...HIERARCHY_READ, 'user.read', 'user.write', 'audit.read'],
  MUNICIPAL_METHODIST: [...HIERARCHY_READ, 'user.read'],
  MUNICIPAL_ADMIN: [...HIERARCHY_READ, 'organization.write', 'user.read', 'user.write', 'apiKey.manage', 'audit.read'],
  REGIONAL_ADMIN: [...HIERARCHY_READ, 'municipality.write', 'organization.write', 'user.read', 'user.write', 'apiKey.manage', 'audit.read'],
  SYSTEM_ADMIN: [...HIERARCHY_READ, 'region.write', 'municipality.write', 'organization.write', 'user.read', 'user.write', 'apiKey.manage', 'audit.read', 'queue.admin'],
};

const keys = (permissions: string[]): string[] => visibleSections(permissions).map((section) => section.key);

describe('visibleSections', () => {
  it('gives a teacher only the home page, organizations and the profile', () => {
    expect(keys(PERMISSIONS.TEACHER)).toEqual(['home', 'organizations', 'profile']);
  });

  it('gives a school admin users and the audit log, but no API keys', () => {
    expect(keys(PERMISSIONS.SCHOOL_ADMIN)).toEqual(['home', 'organizations', 'users', 'audit', 'profile']);
  });

  it('gives a methodist read access to users only', () => {
    expect(keys(PERMISSIONS.MUNICIPAL_METHODIST)).toEqual(['home', 'organizations', 'users', 'profile']);
  });

  it('gives a municipal admin API keys but not municipalities', () => {
    expect(keys(PERMISSIONS.MUNICIPAL_ADMIN)).toEqual(['home', 'organizations', 'users', 'apiKeys', 'audit', 'profile']);
  });

  it('gives a regional admin municipalities', () => {
    expect(keys(PERMISSIONS.REGIONAL_ADMIN)).toEqual(['home', 'municipalities', 'organizations', 'users', 'apiKeys', 'audit', 'profile']);
  });

  it('gives a system admin every section including the queues', () => {
    expect(keys(PERMISSIONS.SYSTEM_ADMIN)).toEqual([
      'home', 'regions', 'municipalities', 'organizations', 'users', 'apiKeys', 'audit', 'queues', 'profile',
    ]);
  });

  it('shows only the always-open sections without permissions', () => {
    expect(keys([])).toEqual(['home', 'profile']);
  });

  it('ignores unknown permission strings', () => {
    expect(keys(['something.else'])).toEqual(['home', 'profile']);
  });
});

describe('canOpen', () => {
  it('checks a section against permissions', () => {
    expect(canOpen(PERMISSIONS.TEACHER, 'users')).toBe(false);
    expect(canOpen(PERMISSIONS.SCHOOL_ADMIN, 'users')).toBe(true);
    expect(canOpen(PERMISSIONS.SYSTEM_ADMIN, 'queues')).toBe(true);
    expect(canOpen(PERMISSIONS.REGIONAL_ADMIN, 'queues')).toBe(false);
  });
});

describe('sectionForPath', () => {
  it('matches the home page exactly', () => {
    expect(sectionForPath('/')?.key).toBe('home');
  });

  it('matches nested paths and trailing slashes', () => {
    expect(sectionForPath('/users')?.key).toBe('users');
    expect(sectionForPath('/users/')?.key).toBe('users');
    expect(sectionForPath('/organizations/123')?.key).toBe('organizations');
  });

  it('does not match a prefix of another word', () => {
    expect(sectionForPath('/usersx')).toBeUndefined();
    expect(sectionForPath('/unknown')).toBeUndefined();
  });
});
