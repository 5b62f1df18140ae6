import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@sopr/server-core';
import { OrgStructureModule } from '@sopr/server-org-structure';
import { ApiKey } from './api-keys/api-key.entity';
import { ApiKeyStrategy } from './api-keys/api-key.strategy';
import { ApiKeysController } from './api-keys/api-keys.controller';
import { ApiKeysService } from './api-keys/api-keys.service';
import { AccessGuard } from './auth/access.guard';
import { AuthController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { JwtStrategy } from './auth/jwt.strategy';
import { LoginThrottle } from './auth/login-throttle';
import { RefreshToken } from './auth/refresh-token.entity';
import { TokensService } from './auth/tokens.service';
import { User } from './users/user.entity';
import { UsersController } from './users/users.controller';
import { UsersService } from './users/users.service';

export const IDENTITY_ENTITIES = [User, RefreshToken, ApiKey];

/** Accounts, authentication and the global access guard. */
@Module({
  imports: [
    TypeOrmModule.forFeature(IDENTITY_ENTITIES),
    PassportModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: config.jwtSecret, signOptions: { algorithm: 'HS256' } }),
    }),
    OrgStructureModule,
  ],
  controllers: [AuthController, UsersController, ApiKeysController],
  providers: [
    AuthService, TokensService, LoginThrottle, UsersService, ApiKeysService, JwtStrategy, ApiKeyStrategy,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [UsersService, TokensService],
})
export class IdentityModule {}
