import { canOpen, sectionForPath, visibleSections } from './navigation';

const HIERARCHY_READ = ['region.read', 'municipality.read', 'organization.read', 'event.read', 'diagnostics.read'];
const STAFF_ADMIN = ['staff.read', 'staff.snilsRead'];
const PERMISSIONS = {
  TEACHER: [...HIERARCHY_READ, 'staff.read', 'staff.contactsEdit', 'selfAssessment', 'recommendations'],
  SCHOOL_ADMIN: [
    ...HIERARCHY_READ, 'user.read', 'user.write', 'audit.read', ...STAFF_ADMIN, 'staff.write', 'staff.contactsEdit', 'event.write', 'diagnostics.write', 'difficultyBank.read',
    'monitoring.read', 'recommendations',
  ],
  MUNICIPAL_METHODIST: [
    ...HIERARCHY_READ, 'user.read', 'staff.read', 'event.write', 'diagnostics.write', 'difficultyBank.read', 'monitoring.read', 'monitoring.run', 'recommendations',
  ],
  MUNICIPAL_ADMIN: [
    ...HIERARCHY_READ, 'event.write', 'organization.write', 'user.read', 'user.write', 'apiKey.manage', 'audit.read', ...STAFF_ADMIN, 'difficultyBank.read',
    'monitoring.read', 'monitoring.run', 'targets.write', 'recommendations',
  ],
  REGIONAL_ADMIN: [
    ...HIERARCHY_READ, 'event.write', 'municipality.write', 'organization.write', 'user.read', 'user.write', 'apiKey.manage', 'audit.read', ...STAFF_ADMIN,
    'diagnostics.write', 'competenceFramework.write', 'difficultyBank.read', 'monitoring.read', 'monitoring.run', 'targets.write', 'recommendations',
  ],
  SYSTEM_ADMIN: [
    ...HIERARCHY_READ, 'event.write', 'region.write', 'municipality.write', 'organization.write', 'user.read', 'user.write', 'apiKey.manage', 'audit.read', 'queue.admin',
    ...STAFF_ADMIN, 'staff.write', 'staff.contactsEdit', 'diagnostics.write', 'diagnostics.batchWrite', 'competenceFramework.write', 'difficultyBank.read', 'selfAssessment',
    'monitoring.read', 'monitoring.run', 'targets.write', 'recommendations',
  ],
};

const keys = (permissions: string[]): string[] => visibleSections(permissions).map((section) => section.key);

describe('visibleSections', () => {
  it('gives a teacher the home page, organizations, his own card and diagnostics, events, the framework, his recommendations, the indicators and the profile', () => {
    expect(keys(PERMISSIONS.TEACHER)).toEqual([
      'home', 'organizations', 'myCard', 'myDiagnostics', 'events', 'competenceFramework', 'recommendations', 'indicators', 'profile',
    ]);
  });

  it('gives a school admin users and the audit log, but no API keys', () => {
    expect(keys(PERMISSIONS.SCHOOL_ADMIN)).toEqual([
      'home', 'organizations', 'staff', 'staffComposition', 'events', 'diagnostics', 'difficultyBank', 'competenceFramework', 'monitoring', 'monitoringTargets',
      'recommendations', 'indicators', 'users', 'audit', 'profile',
    ]);
  });

  it('gives a methodist read access to users only', () => {
    expect(keys(PERMISSIONS.MUNICIPAL_METHODIST)).toEqual([
      'home', 'organizations', 'staff', 'staffComposition', 'events', 'diagnostics', 'difficultyBank', 'competenceFramework', 'monitoring', 'monitoringTargets',
      'recommendations', 'indicators', 'users', 'profile',
    ]);
  });

  it('gives a municipal admin API keys but not municipalities', () => {
    expect(keys(PERMISSIONS.MUNICIPAL_ADMIN)).toEqual([
      'home', 'organizations', 'staff', 'staffComposition', 'events', 'diagnostics', 'difficultyBank', 'competenceFramework', 'monitoring', 'monitoringTargets',
      'recommendations', 'indicators', 'users', 'apiKeys', 'audit', 'profile',
    ]);
  });

  it('gives a regional admin municipalities', () => {
    expect(keys(PERMISSIONS.REGIONAL_ADMIN)).toEqual([
      'home', 'municipalities', 'organizations', 'staff', 'staffComposition', 'events', 'diagnostics', 'difficultyBank', 'competenceFramework', 'monitoring',
      'monitoringTargets', 'recommendations', 'indicators', 'users', 'apiKeys', 'audit', 'profile',
    ]);
  });

  it('gives a system admin every section including the queues', () => {
    expect(keys(PERMISSIONS.SYSTEM_ADMIN)).toEqual([
      'home', 'regions', 'municipalities', 'organizations', 'staff', 'staffComposition', 'events', 'diagnostics', 'difficultyBank', 'competenceFramework',
      'monitoring', 'monitoringTargets', 'recommendations', 'indicators', 'users', 'apiKeys', 'audit', 'queues', 'profile',
    ]);
  });

  it('shows only the always-open sections without permissions', () => {
    expect(keys([])).toEqual(['home', 'indicators', 'profile']);
  });

  it('opens events to every role that reads them', () => {
    expect(keys(['event.read'])).toEqual(['home', 'events', 'indicators', 'profile']);
  });

  it('ignores unknown permission strings', () => {
    expect(keys(['something.else'])).toEqual(['home', 'indicators', 'profile']);
  });
});

describe('canOpen', () => {
  it('checks a section against permissions', () => {
    expect(canOpen(PERMISSIONS.TEACHER, 'users')).toBe(false);
    expect(canOpen(PERMISSIONS.SCHOOL_ADMIN, 'users')).toBe(true);
    expect(canOpen(PERMISSIONS.SYSTEM_ADMIN, 'queues')).toBe(true);
    expect(canOpen(PERMISSIONS.REGIONAL_ADMIN, 'queues')).toBe(false);
  });

  it('opens the staff registry to everyone with staff.read except a teacher, who gets his own card', () => {
    expect(canOpen(PERMISSIONS.TEACHER, 'staff')).toBe(false);
    expect(canOpen(PERMISSIONS.TEACHER, 'myCard')).toBe(true);
    expect(canOpen(PERMISSIONS.SCHOOL_ADMIN, 'staff')).toBe(true);
    expect(canOpen(PERMISSIONS.SCHOOL_ADMIN, 'myCard')).toBe(false);
    expect(canOpen(PERMISSIONS.MUNICIPAL_METHODIST, 'staff')).toBe(true);
    expect(canOpen(['staff.read'], 'staff')).toBe(true);
    expect(canOpen(PERMISSIONS.TEACHER, 'staffComposition')).toBe(false);
    expect(canOpen(PERMISSIONS.MUNICIPAL_METHODIST, 'staffComposition')).toBe(true);
  });
});

describe('diagnostics sections', () => {
  it('opens the procedures to every reader except a teacher, who gets his own diagnostics', () => {
    expect(canOpen(PERMISSIONS.TEACHER, 'diagnostics')).toBe(false);
    expect(canOpen(PERMISSIONS.TEACHER, 'myDiagnostics')).toBe(true);
    expect(canOpen(PERMISSIONS.SCHOOL_ADMIN, 'diagnostics')).toBe(true);
    expect(canOpen(PERMISSIONS.SCHOOL_ADMIN, 'myDiagnostics')).toBe(false);
    expect(canOpen(PERMISSIONS.SYSTEM_ADMIN, 'myDiagnostics')).toBe(false);
  });

  it('opens the bank of difficulties only with its permission', () => {
    expect(canOpen(PERMISSIONS.TEACHER, 'difficultyBank')).toBe(false);
    expect(canOpen(PERMISSIONS.MUNICIPAL_ADMIN, 'difficultyBank')).toBe(true);
    expect(canOpen(['diagnostics.read'], 'difficultyBank')).toBe(false);
    expect(canOpen(['difficultyBank.read'], 'difficultyBank')).toBe(true);
  });
});

describe('monitoring sections', () => {
  it('opens the catalogue of indicators to everyone and monitoring with its targets to its readers', () => {
    expect(canOpen([], 'indicators')).toBe(true);
    expect(canOpen(PERMISSIONS.TEACHER, 'monitoring')).toBe(false);
    expect(canOpen(PERMISSIONS.TEACHER, 'monitoringTargets')).toBe(false);
    expect(canOpen(PERMISSIONS.SCHOOL_ADMIN, 'monitoring')).toBe(true);
    // Read-only for those who may not set them.
    expect(canOpen(PERMISSIONS.MUNICIPAL_METHODIST, 'monitoringTargets')).toBe(true);
    expect(canOpen(['monitoring.read'], 'monitoringTargets')).toBe(true);
  });
});

describe('recommendations', () => {
  it('opens to every role the server gives the permission, a teacher included', () => {
    for (const permissions of Object.values(PERMISSIONS)) expect(canOpen(permissions, 'recommendations')).toBe(true);
    expect(canOpen(['monitoring.read'], 'recommendations')).toBe(false);
    expect(canOpen(['recommendations'], 'recommendations')).toBe(true);
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
    expect(sectionForPath('/staff/5b3c')?.key).toBe('staff');
    expect(sectionForPath('/staff/import')?.key).toBe('staff');
    expect(sectionForPath('/staff/composition')?.key).toBe('staffComposition');
    expect(sectionForPath('/my-card')?.key).toBe('myCard');
    expect(sectionForPath('/events/5b3c')?.key).toBe('events');
    expect(sectionForPath('/diagnostics/procedures')?.key).toBe('diagnostics');
    expect(sectionForPath('/diagnostics/procedures/5b3c')?.key).toBe('diagnostics');
    expect(sectionForPath('/diagnostics/bank')?.key).toBe('difficultyBank');
    expect(sectionForPath('/diagnostics/competences')?.key).toBe('competenceFramework');
    expect(sectionForPath('/my-diagnostics/self-assessment')?.key).toBe('myDiagnostics');
    expect(sectionForPath('/monitoring')?.key).toBe('monitoring');
    expect(sectionForPath('/monitoring/5b3c')?.key).toBe('monitoring');
    expect(sectionForPath('/monitoring/targets')?.key).toBe('monitoringTargets');
    expect(sectionForPath('/recommendations')?.key).toBe('recommendations');
    expect(sectionForPath('/indicators')?.key).toBe('indicators');
  });

  it('does not match a prefix of another word', () => {
    expect(sectionForPath('/usersx')).toBeUndefined();
    expect(sectionForPath('/unknown')).toBeUndefined();
  });
});
