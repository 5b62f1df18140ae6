import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, Actor, AuditAction, AuditService, ROLE_PERMISSIONS, UnauthorizedError, fieldError } from '@sopr/server-core';
import { ChangePasswordDto, LoginDto, MeDto, TokenPairDto } from '../dto/auth.dto';
import { User } from '../users/user.entity';
import { LoginThrottle } from './login-throttle';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './passwords';
import { TokensService } from './tokens.service';

const WRONG_CREDENTIALS = 'Неверный адрес электронной почты или пароль';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tokens: TokensService,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditService,
  ) {}

  async login(dto: LoginDto, ip: string): Promise<TokenPairDto> {
    const email = dto.email.trim().toLowerCase();
    await this.throttle.beforeAttempt(ip, email);
    const user = await this.dataSource.getRepository(User).findOneBy({ email });
    const valid = user && user.active ? await verifyPassword(user.passwordHash, dto.password) : await verifyAgainstDummy(dto.password);
    if (!user || !valid) {
      await this.throttle.recordFailure(email);
      throw new UnauthorizedError(WRONG_CREDENTIALS, 'INVALID_CREDENTIALS');
    }
    await this.throttle.recordSuccess(email);
    const refreshToken = await this.dataSource.transaction(async (manager) => {
      await manager.update(User, { id: user.id }, { lastLoginAt: new Date() });
      return this.tokens.issueRefresh(manager, user.id);
    });
    return this.pair(user, refreshToken);
  }

  async refresh(token: string): Promise<TokenPairDto> {
    const { userId, refreshToken } = await this.tokens.rotate(token);
    const user = await this.dataSource.getRepository(User).findOneBy({ id: userId });
    if (!user || !user.active) {
      await this.tokens.revokeFamilyOf(refreshToken);
      throw new UnauthorizedError('Учётная запись заблокирована', 'ACCOUNT_DISABLED');
    }
    return this.pair(user, refreshToken);
  }

  logout(token: string): Promise<void> {
    return this.tokens.revokeFamilyOf(token);
  }

  /** Changes the password, ends every other session and returns a fresh pair for this one. */
  async changePassword(actor: Actor, dto: ChangePasswordDto): Promise<TokenPairDto> {
    const user = await this.activeUser(actor);
    if (!(await verifyPassword(user.passwordHash, dto.currentPassword))) {
      throw fieldError('currentPassword', 'Текущий пароль указан неверно');
    }
    if (dto.newPassword === dto.currentPassword) {
      throw fieldError('newPassword', 'Новый пароль должен отличаться от текущего');
    }
    const passwordHash = await hashPassword(dto.newPassword);
    const refreshToken = await this.dataSource.transaction(async (manager) => {
      await manager.update(User, { id: user.id }, { passwordHash });
      await this.tokens.revokeAllOfUser(manager, user.id);
      await this.audit.record(manager, actor, {
        action: AuditAction.UPDATE, entity: 'user', entityId: user.id,
        placement: { regionId: user.regionId, municipalityId: user.municipalityId, organizationId: user.organizationId },
        changes: { password: { from: '***', to: '***' } },
      });
      return this.tokens.issueRefresh(manager, user.id);
    });
    return this.pair(user, refreshToken);
  }

  async me(actor: Actor): Promise<MeDto> {
    return this.toMe(await this.activeUser(actor));
  }

  private async activeUser(actor: Actor): Promise<User> {
    if (actor.kind !== 'user') throw new UnauthorizedError('Доступно только для пользователей, не для ключей API');
    const user = await this.dataSource.getRepository(User).findOneBy({ id: actor.id, active: true });
    if (!user) throw new UnauthorizedError('Учётная запись заблокирована', 'ACCOUNT_DISABLED');
    return user;
  }

  private async pair(user: User, refreshToken: string): Promise<TokenPairDto> {
    return {
      accessToken: this.tokens.signAccess(user), refreshToken, tokenType: 'Bearer',
      expiresIn: this.config.accessTokenTtlSeconds, user: await this.toMe(user),
    };
  }

  private async toMe(user: User): Promise<MeDto> {
    const [names] = await this.dataSource.query(
      `SELECT (SELECT name FROM region WHERE id = $1) AS region_name,
              (SELECT name FROM municipality WHERE id = $2) AS municipality_name,
              (SELECT name FROM organization WHERE id = $3) AS organization_name`,
      [user.regionId, user.municipalityId, user.organizationId],
    );
    return {
      id: user.id, email: user.email, fullName: user.fullName, role: user.role,
      regionId: user.regionId, municipalityId: user.municipalityId, organizationId: user.organizationId,
      regionName: names.region_name, municipalityName: names.municipality_name, organizationName: names.organization_name,
      staffMemberId: user.staffMemberId, permissions: [...ROLE_PERMISSIONS[user.role]],
    };
  }
}
