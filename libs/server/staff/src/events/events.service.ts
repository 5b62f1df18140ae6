import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import {
  Actor, AuditAction, AuditService, BadRequestError, ConflictError, NotFoundError, Page, Placement, ScopedRepository, assertPlacementInScope, diffFields, paginate, STAFF_RECORD_SCOPE,
} from '@sopr/server-core';
import { OwnerPlacementsService } from '@sopr/server-org-structure';
import { StaffService, placementOfStaff } from '../staff.service';
import { AddParticipantDto, CreateEventDto, EventDto, EventQueryDto, ParticipationDto, UpdateEventDto } from './event.dto';
import { EventParticipation } from './event-participation.entity';
import { Event } from './event.entity';

const placementOfEvent = (e: Pick<Event, 'regionId' | 'municipalityId' | 'organizationId'>): Placement => ({
  regionId: e.regionId, municipalityId: e.municipalityId, organizationId: e.organizationId,
});

@Injectable()
export class EventsService {
  private readonly events: ScopedRepository<Event>;
  private readonly participations: ScopedRepository<EventParticipation>;

  constructor(
    @InjectRepository(Event) events: Repository<Event>,
    @InjectRepository(EventParticipation) participations: Repository<EventParticipation>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly owners: OwnerPlacementsService,
    private readonly staff: StaffService,
    private readonly audit: AuditService,
  ) {
    this.events = new ScopedRepository(events, { region: 'regionId', municipality: 'municipalityId', organization: 'organizationId', sharedDownward: true }, 'Мероприятие не найдено');
    this.participations = new ScopedRepository(
      participations,
      STAFF_RECORD_SCOPE,
      'Запись об участии не найдена',
    );
  }

  list(actor: Actor, query: EventQueryDto): Promise<Page<EventDto>> {
    const q = this.events.query(actor);
    if (query.kind) q.andWhere('e.kind = :kind', { kind: query.kind });
    if (query.series) q.andWhere('e.series = :series', { series: query.series });
    if (query.from) q.andWhere('coalesce(e.endsOn, e.startsOn) >= :from', { from: query.from });
    if (query.to) q.andWhere('e.startsOn <= :to', { to: query.to });
    if (query.q) q.andWhere('e.name ILIKE :q', { q: `%${query.q}%` });
    return paginate(q, query, { startsOn: 'e.startsOn', name: 'e.name' }, '-startsOn', EventDto.from);
  }

  async get(actor: Actor, id: string): Promise<EventDto> {
    return EventDto.from(await this.events.findOne(actor, id));
  }

  async create(actor: Actor, dto: CreateEventDto): Promise<EventDto> {
    const placement = await this.owners.placementOf(actor, dto.owner, dto.ownerId);
    assertPlacementInScope(actor, placement);
    this.assertDates(dto.startsOn, dto.endsOn ?? null);
    return this.dataSource.transaction(async (manager) => {
      const { owner: _owner, ownerId: _ownerId, ...fields } = dto;
      const saved = await manager.save(manager.create(Event, { series: null, endsOn: null, ...fields, ...placement, regionId: placement.regionId! }));
      await this.audit.record(manager, actor, { action: AuditAction.CREATE, entity: 'event', entityId: saved.id, placement, changes: diffFields(null, { ...fields }) });
      return EventDto.from(saved);
    });
  }

  async update(actor: Actor, id: string, dto: UpdateEventDto): Promise<EventDto> {
    const event = await this.findWritable(actor, id);
    this.assertDates(dto.startsOn ?? event.startsOn, dto.endsOn === undefined ? event.endsOn : dto.endsOn);
    const changes = diffFields(event as unknown as Record<string, unknown>, { ...dto });
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(Object.assign(event, dto));
      await this.audit.record(manager, actor, { action: AuditAction.UPDATE, entity: 'event', entityId: id, placement: placementOfEvent(event), changes });
      return EventDto.from(saved);
    });
  }

  async remove(actor: Actor, id: string): Promise<void> {
    const event = await this.findWritable(actor, id);
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(Event, { id });
      await this.audit.record(manager, actor, { action: AuditAction.DELETE, entity: 'event', entityId: id, placement: placementOfEvent(event), changes: null });
    });
  }

  /** Participants the caller may see: of a regional event, a school sees only its own staff. */
  async participants(actor: Actor, eventId: string): Promise<ParticipationDto[]> {
    await this.events.findOne(actor, eventId);
    return this.participationRows(actor).andWhere('e.eventId = :eventId', { eventId }).getRawMany();
  }

  async ofStaff(actor: Actor, staffMemberId: string): Promise<ParticipationDto[]> {
    await this.staff.staff.findOne(actor, staffMemberId);
    return this.participationRows(actor).andWhere('e.staffMemberId = :staffMemberId', { staffMemberId }).getRawMany();
  }

  async addParticipant(actor: Actor, eventId: string, dto: AddParticipantDto): Promise<ParticipationDto> {
    const event = await this.events.findOne(actor, eventId);
    const member = await this.staff.findWritable(actor, dto.staffMemberId);
    const exists = await this.participations.repository.existsBy({ eventId, staffMemberId: member.id, role: dto.role });
    if (exists) throw new ConflictError('Этот работник уже отмечен в этой роли', [{ field: 'staffMemberId', message: 'Уже есть' }]);
    const id = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(manager.create(EventParticipation, { eventId: event.id, staffMemberId: member.id, role: dto.role, regionId: member.regionId, municipalityId: member.municipalityId, organizationId: member.organizationId }));
      await this.audit.record(manager, actor, { action: AuditAction.CREATE, entity: 'eventParticipation', entityId: saved.id, placement: placementOfStaff(member), changes: diffFields(null, { eventId, ...dto }) });
      return saved.id;
    });
    const [row] = await this.participationRows(actor).andWhere('e.id = :id', { id }).getRawMany();
    return row;
  }

  async removeParticipant(actor: Actor, eventId: string, participationId: string): Promise<void> {
    await this.events.findOne(actor, eventId);
    const participation = await this.participations.findOne(actor, participationId);
    if (participation.eventId !== eventId) throw new NotFoundError('Запись об участии не найдена');
    await this.staff.findWritable(actor, participation.staffMemberId);
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(EventParticipation, { id: participationId });
      await this.audit.record(manager, actor, { action: AuditAction.DELETE, entity: 'eventParticipation', entityId: participationId, placement: placementOfStaff(participation), changes: null });
    });
  }

  private participationRows(actor: Actor) {
    return this.participations
      .query(actor)
      .innerJoin('e.event', 'ev')
      .innerJoin('e.staffMember', 's')
      .select(['e.id AS "id"', 'e.eventId AS "eventId"', 'ev.name AS "eventName"', `to_char(ev.startsOn, 'YYYY-MM-DD') AS "eventStartsOn"`])
      .addSelect(['e.staffMemberId AS "staffMemberId"', `concat_ws(' ', s.lastName, s.firstName, s.middleName) AS "staffName"`, 'e.organizationId AS "organizationId"', 'e.role AS "role"'])
      .orderBy('ev.startsOn', 'DESC')
      .addOrderBy('s.lastName');
  }

  private async findWritable(actor: Actor, id: string): Promise<Event> {
    const event = await this.events.findOne(actor, id);
    // Seen from below is not owned: a school may read a regional event but not change it.
    assertPlacementInScope(actor, placementOfEvent(event), 'Мероприятие не найдено');
    return event;
  }

  private assertDates(startsOn: string, endsOn: string | null): void {
    if (endsOn && endsOn < startsOn) throw new BadRequestError('Проверьте правильность заполнения полей', [{ field: 'endsOn', message: 'Дата окончания раньше даты начала' }]);
  }
}
