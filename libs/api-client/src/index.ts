/** The browser client of the СОПР API: generated endpoints, hooks and DTO types, plus the HTTP layer. */
export * from './http';
export * from './generated/model';
export * from './generated/admin';
export * from './generated/api-keys';
export * from './generated/audit';
export * from './generated/auth';
export * from './generated/health';
export * from './generated/municipalities';
export * from './generated/organizations';
export * from './generated/regions';
export * from './generated/users';
export * from './generated/staff';
export * from './generated/subjects';
export * from './generated/events';
export * from './generated/diagnostics';
export * from './generated/indicators';
export * from './generated/monitoring';
