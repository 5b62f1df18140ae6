import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { Actor, AuditAction, AuditService, BadRequestError, FieldError, NotFoundError, ScopedRepository, diffFields, STAFF_RECORD_SCOPE } from '@sopr/server-core';
import { CreateTrainingRecordDto, TrainingRecordDto, UpdateTrainingRecordDto } from './dto/training-record.dto';
import { StaffService, placementOfStaff, today } from './staff.service';
import { TrainingRecord } from './training-record.entity';

function dateErrors(values: { startedOn: string; completedOn?: string | null }): FieldError[] {
  const errors: FieldError[] = [];
  if (values.startedOn > today()) errors.push({ field: 'startedOn', message: 'Дата начала не может быть в будущем' });
  if (values.completedOn && values.completedOn < values.startedOn) errors.push({ field: 'completedOn', message: 'Дата окончания раньше даты начала' });
  return errors;
}

@Injectable()
export class TrainingsService {
  private readonly trainings: ScopedRepository<TrainingRecord>;

  constructor(
    @InjectRepository(TrainingRecord) repository: Repository<TrainingRecord>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly staff: StaffService,
    private readonly audit: AuditService,
  ) {
    this.trainings = new ScopedRepository(
      repository,
      STAFF_RECORD_SCOPE,
      'Запись об обучении не найдена',
    );
  }

  async list(actor: Actor, staffMemberId: string): Promise<TrainingRecordDto[]> {
    await this.staff.staff.findOne(actor, staffMemberId);
    const rows = await this.trainings.query(actor).andWhere('e.staffMemberId = :staffMemberId', { staffMemberId }).orderBy('e.startedOn', 'DESC').getMany();
    return rows.map(TrainingRecordDto.from);
  }

  async create(actor: Actor, staffMemberId: string, dto: CreateTrainingRecordDto): Promise<TrainingRecordDto> {
    const member = await this.staff.findWritable(actor, staffMemberId);
    const errors = dateErrors(dto);
    if (errors.length > 0) throw new BadRequestError('Проверьте правильность заполнения полей', errors);
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(manager.create(TrainingRecord, {
        isCnppm: false, isFederalRegistry: false, isIct: false, completedOn: null, certificateNumber: null, externalId: null, ...dto,
        staffMemberId, regionId: member.regionId, municipalityId: member.municipalityId, organizationId: member.organizationId,
      }));
      await this.audit.record(manager, actor, { action: AuditAction.CREATE, entity: 'trainingRecord', entityId: saved.id, placement: placementOfStaff(member), changes: diffFields(null, { ...dto }) });
      return TrainingRecordDto.from(saved);
    });
  }

  async update(actor: Actor, staffMemberId: string, id: string, dto: UpdateTrainingRecordDto): Promise<TrainingRecordDto> {
    const member = await this.staff.findWritable(actor, staffMemberId);
    const record = await this.findOfStaff(actor, staffMemberId, id);
    const errors = dateErrors({ startedOn: dto.startedOn ?? record.startedOn, completedOn: dto.completedOn === undefined ? record.completedOn : dto.completedOn });
    if (errors.length > 0) throw new BadRequestError('Проверьте правильность заполнения полей', errors);
    const changes = diffFields(record as unknown as Record<string, unknown>, { ...dto });
    return this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(Object.assign(record, dto));
      await this.audit.record(manager, actor, { action: AuditAction.UPDATE, entity: 'trainingRecord', entityId: id, placement: placementOfStaff(member), changes });
      return TrainingRecordDto.from(saved);
    });
  }

  async remove(actor: Actor, staffMemberId: string, id: string): Promise<void> {
    const member = await this.staff.findWritable(actor, staffMemberId);
    await this.findOfStaff(actor, staffMemberId, id);
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(TrainingRecord, { id });
      await this.audit.record(manager, actor, { action: AuditAction.DELETE, entity: 'trainingRecord', entityId: id, placement: placementOfStaff(member), changes: null });
    });
  }

  private async findOfStaff(actor: Actor, staffMemberId: string, id: string): Promise<TrainingRecord> {
    const record = await this.trainings.findOne(actor, id);
    if (record.staffMemberId !== staffMemberId) throw new NotFoundError('Запись об обучении не найдена');
    return record;
  }
}
