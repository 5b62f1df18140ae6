/** The seven roles of DOMAIN.md. One role per account. */
export enum Role {
  TEACHER = 'TEACHER',
  SCHOOL_ADMIN = 'SCHOOL_ADMIN',
  MUNICIPAL_METHODIST = 'MUNICIPAL_METHODIST',
  MUNICIPAL_ADMIN = 'MUNICIPAL_ADMIN',
  REGIONAL_ADMIN = 'REGIONAL_ADMIN',
  INTEGRATION = 'INTEGRATION',
  SYSTEM_ADMIN = 'SYSTEM_ADMIN',
}

export const ROLE_TITLES: Record<Role, string> = {
  [Role.TEACHER]: 'Педагог',
  [Role.SCHOOL_ADMIN]: 'Администратор ОО',
  [Role.MUNICIPAL_METHODIST]: 'Методист муниципалитета',
  [Role.MUNICIPAL_ADMIN]: 'Управление образования',
  [Role.REGIONAL_ADMIN]: 'Региональный администратор',
  [Role.INTEGRATION]: 'Интеграция (сервисный аккаунт)',
  [Role.SYSTEM_ADMIN]: 'Администратор системы',
};

/** The level of the hierarchy a role is bound to. */
export enum ScopeLevel {
  ALL = 'ALL',
  REGION = 'REGION',
  MUNICIPALITY = 'MUNICIPALITY',
  ORGANIZATION = 'ORGANIZATION',
}

export const ROLE_SCOPE_LEVEL: Record<Role, ScopeLevel> = {
  [Role.SYSTEM_ADMIN]: ScopeLevel.ALL,
  [Role.REGIONAL_ADMIN]: ScopeLevel.REGION,
  [Role.INTEGRATION]: ScopeLevel.REGION,
  [Role.MUNICIPAL_ADMIN]: ScopeLevel.MUNICIPALITY,
  [Role.MUNICIPAL_METHODIST]: ScopeLevel.MUNICIPALITY,
  [Role.SCHOOL_ADMIN]: ScopeLevel.ORGANIZATION,
  [Role.TEACHER]: ScopeLevel.ORGANIZATION,
};
