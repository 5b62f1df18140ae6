export { Role, ROLE_TITLES, ScopeLevel, ROLE_SCOPE_LEVEL } from './roles';
export { OrganizationKind, ORGANIZATION_KIND_TITLES } from './organization-kind';
