import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import {
  Actor, AuditAction, AuditService, ConflictError, ForbiddenError, Page, Placement, ROLE_RANK, ScopedRepository,
  assertPlacementInScope, diffFields, fieldError, paginate,
} from '@sopr/server-core';
import { MunicipalitiesService, OrganizationsService, RegionsService } from '@sopr/server-org-structure';
import { ROLE_SCOPE_LEVEL, Role, ScopeLevel } from '@sopr/shared';
import { hashPassword } from '../auth/passwords';
import { TokensService } from '../auth/tokens.service';
import { CreateUserDto, UpdateUserDto, UserDto, UserQueryDto } from '../dto/user.dto';
import { User } from './user.entity';

const placementOf = (u: Pick<User, 'regionId' | 'municipalityId' | 'organizationId'>): Placement => ({
  regionId: u.regionId, municipalityId: u.municipalityId, organizationId: u.organizationId,
});

@Injectable()
export class UsersService {
  private readonly users: ScopedRepository<User>;

  constructor(
    @InjectRepository(User) repository: Repository<User>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly regions: RegionsService,
    private readonly municipalities: MunicipalitiesService,
    private readonly organizations: OrganizationsService,
    private readonly tokens: TokensService,
    private readonly audit: AuditService,
  ) {
    this.users = new ScopedRepository(
      repository,
      { region: 'regionId', municipality: 'municipalityId', organization: 'organizationId', selfUser: 'id' },
      'Пользователь не найден',
    );
  }

  list(actor: Actor, query: UserQueryDto): Promise<Page<UserDto>> {
    const q = this.users.query(actor);
    if (query.role) q.andWhere('e.role = :role', { role: query.role });
    if (query.municipalityId) q.andWhere('e.municipalityId = :municipalityId', { municipalityId: query.municipalityId });
    if (query.organizationId) q.andWhere('e.organizationId = :organizationId', { organizationId: query.organizationId });
    if (query.active !== undefined) q.andWhere('e.active = :active', { active: query.active });
    if (query.q) q.andWhere('(e.fullName ILIKE :q OR e.email ILIKE :q)', { q: `%${query.q}%` });
    return paginate(q, query, { fullName: 'e.fullName', email: 'e.email', role: 'e.role', createdAt: 'e.createdAt' }, 'fullName', UserDto.from);
  }

  async get(actor: Actor, id: string): Promise<UserDto> {
    return UserDto.from(await this.users.findOne(actor, id));
  }

  async create(actor: Actor, dto: CreateUserDto): Promise<UserDto> {
    this.assertMayAssignRole(actor, dto.role);
    const placement = await this.placementFor(actor, dto);
    assertPlacementInScope(actor, placement);
    const email = dto.email.trim().toLowerCase();
    await this.assertEmailFree(email);
    const passwordHash = await hashPassword(dto.password);
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(manager.create(User, { email, fullName: dto.fullName, role: dto.role, passwordHash, ...placement, staffMemberId: null, active: true }));
      const { password: _secret, ...visible } = dto;
      await this.audit.record(manager, actor, { action: AuditAction.CREATE, entity: 'user', entityId: saved.id, placement, changes: diffFields(null, { ...visible, email }) });
      return UserDto.from(saved);
    });
  }

  async update(actor: Actor, id: string, dto: UpdateUserDto): Promise<UserDto> {
    const user = await this.findWritable(actor, id);
    if (dto.active === false && actor.kind === 'user' && actor.id === id) throw fieldError('active', 'Нельзя заблокировать собственную учётную запись');
    const email = dto.email?.trim().toLowerCase();
    if (email && email !== user.email) await this.assertEmailFree(email);
    const { password, ...fields } = dto;
    const next: Partial<User> = { ...fields, ...(email ? { email } : {}) };
    const changes = diffFields(user as unknown as Record<string, unknown>, next as Record<string, unknown>);
    if (password) {
      next.passwordHash = await hashPassword(password);
      changes['password'] = { from: '***', to: '***' };
    }
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(Object.assign(user, next));
      if (password || dto.active === false) await this.tokens.revokeAllOfUser(manager, id);
      await this.audit.record(manager, actor, { action: AuditAction.UPDATE, entity: 'user', entityId: id, placement: placementOf(saved), changes });
      return UserDto.from(saved);
    });
  }

  /** Blocks the account and ends its sessions; the row stays for the audit log. */
  async deactivate(actor: Actor, id: string): Promise<void> {
    await this.update(actor, id, { active: false });
  }

  private async findWritable(actor: Actor, id: string): Promise<User> {
    const user = await this.users.findOne(actor, id);
    assertPlacementInScope(actor, placementOf(user), 'Пользователь не найден');
    if (ROLE_RANK[user.role] > ROLE_RANK[actor.role]) throw new ForbiddenError('Нельзя изменять пользователя с ролью выше вашей');
    return user;
  }

  private assertMayAssignRole(actor: Actor, role: Role): void {
    if (ROLE_RANK[role] > ROLE_RANK[actor.role]) {
      throw new ForbiddenError('Нельзя создать пользователя с ролью выше вашей');
    }
  }

  /** The server derives the whole placement from the most specific id the role needs. */
  private async placementFor(actor: Actor, dto: CreateUserDto): Promise<Placement> {
    const level = ROLE_SCOPE_LEVEL[dto.role];
    if (level === ScopeLevel.ALL) return { regionId: null, municipalityId: null, organizationId: null };
    if (level === ScopeLevel.ORGANIZATION) {
      if (!dto.organizationId) throw fieldError('organizationId', 'Для этой роли укажите организацию');
      const o = await this.organizations.organizations.findOne(actor, dto.organizationId);
      return { regionId: o.regionId, municipalityId: o.municipalityId, organizationId: o.id };
    }
    if (level === ScopeLevel.MUNICIPALITY) {
      if (!dto.municipalityId) throw fieldError('municipalityId', 'Для этой роли укажите муниципалитет');
      const m = await this.municipalities.municipalities.findOne(actor, dto.municipalityId);
      return { regionId: m.regionId, municipalityId: m.id, organizationId: null };
    }
    if (!dto.regionId) throw fieldError('regionId', 'Для этой роли укажите регион');
    const r = await this.regions.regions.findOne(actor, dto.regionId);
    return { regionId: r.id, municipalityId: null, organizationId: null };
  }

  private async assertEmailFree(email: string): Promise<void> {
    if (await this.users.repository.existsBy({ email })) {
      throw new ConflictError('Пользователь с таким адресом уже есть', [{ field: 'email', message: 'Адрес уже используется' }]);
    }
  }
}
