import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { APP_CONFIG, AppConfig, UnauthorizedError } from '@sopr/server-core';
import { User } from '../users/user.entity';
import { RefreshToken } from './refresh-token.entity';
import { randomToken, sha256 } from './secrets';

/** Claims of an access token: who and where, so requests need no database read to authenticate. */
export interface AccessClaims {
  sub: string;
  role: string;
  rid: string | null;
  mid: string | null;
  oid: string | null;
  sid: string | null;
}

@Injectable()
export class TokensService {
  constructor(
    private readonly jwt: JwtService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  signAccess(user: User): string {
    const claims: AccessClaims = {
      sub: user.id, role: user.role, rid: user.regionId, mid: user.municipalityId, oid: user.organizationId, sid: user.staffMemberId,
    };
    return this.jwt.sign(claims, { expiresIn: this.config.accessTokenTtlSeconds });
  }

  async issueRefresh(manager: EntityManager, userId: string, familyId: string = randomUUID()): Promise<string> {
    const token = randomToken();
    await manager.insert(RefreshToken, {
      userId, familyId, tokenHash: sha256(token),
      expiresAt: new Date(Date.now() + this.config.refreshTokenTtlDays * 86_400_000),
    });
    return token;
  }

  /**
   * Uses a refresh token once. A token that was already used or revoked means a thief or a replay:
   * the whole family is revoked and the caller must sign in again.
   */
  async rotate(token: string): Promise<{ userId: string; refreshToken: string }> {
    // Decide inside the transaction, throw after it: a detected reuse must commit its revocation.
    const outcome = await this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(RefreshToken, { where: { tokenHash: sha256(token) }, lock: { mode: 'pessimistic_write' } });
      if (!row) return 'missing' as const;
      if (row.usedAt || row.revokedAt) {
        await this.revokeFamily(manager, row.familyId);
        return 'reused' as const;
      }
      if (row.expiresAt.getTime() <= Date.now()) return 'expired' as const;
      await manager.update(RefreshToken, { id: row.id }, { usedAt: new Date() });
      const refreshToken = await this.issueRefresh(manager, row.userId, row.familyId);
      return { userId: row.userId, refreshToken };
    });
    if (outcome === 'missing') throw new UnauthorizedError('Сессия не найдена, войдите снова', 'INVALID_REFRESH_TOKEN');
    if (outcome === 'reused') {
      throw new UnauthorizedError('Обнаружено повторное использование токена: все сеансы этого входа завершены', 'REFRESH_TOKEN_REUSED');
    }
    if (outcome === 'expired') throw new UnauthorizedError('Сессия истекла, войдите снова', 'REFRESH_TOKEN_EXPIRED');
    return outcome;
  }

  async revokeFamilyOf(token: string): Promise<void> {
    const row = await this.dataSource.getRepository(RefreshToken).findOneBy({ tokenHash: sha256(token) });
    if (row) await this.revokeFamily(this.dataSource.manager, row.familyId);
  }

  async revokeAllOfUser(manager: EntityManager, userId: string): Promise<void> {
    await manager.update(RefreshToken, { userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  private async revokeFamily(manager: EntityManager, familyId: string): Promise<void> {
    await manager.update(RefreshToken, { familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}
