export { IdentityModule, IDENTITY_ENTITIES } from './identity.module';
export { User } from './users/user.entity';
export { ApiKey } from './api-keys/api-key.entity';
export { RefreshToken } from './auth/refresh-token.entity';
export { hashPassword } from './auth/passwords';
export { API_KEY_HEADER } from './api-keys/api-key.strategy';
