import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { CronExpressionParser } from 'cron-parser';
import { DataSource, In, Repository } from 'typeorm';
import { APP_CONFIG, Actor, AppConfig, AuditAction, AuditService, fieldError } from '@sopr/server-core';
import { JobName, JobQueue, monitoringSchedulerKey } from '@sopr/server-jobs';
import { MunicipalitiesService } from '@sopr/server-org-structure';
import { MonitoringSchedule } from './monitoring-schedule.entity';
import { MonitoringScheduleDto, PutMonitoringScheduleDto } from './monitoring-schedule.dto';

/** A municipality's schedule as it applies: its own row, or the default. */
export interface EffectiveSchedule {
  municipalityId: string;
  cron: string;
  active: boolean;
  isDefault: boolean;
}

/** The next time a cron pattern fires after `from` (UTC), or null when the pattern is not valid. */
export function nextRunOf(cron: string, from = new Date()): Date | null {
  try {
    return CronExpressionParser.parse(cron, { currentDate: from, tz: 'UTC' }).next().toDate();
  } catch {
    return null;
  }
}

/**
 * Monitoring schedules per municipality, kept as data; the worker registers one BullMQ job scheduler
 * per municipality from them at start, and the API re-registers a municipality's when it changes.
 */
@Injectable()
export class MonitoringSchedulesService {
  constructor(
    @InjectRepository(MonitoringSchedule) private readonly repository: Repository<MonitoringSchedule>,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly municipalities: MunicipalitiesService,
    private readonly jobs: JobQueue,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor): Promise<MonitoringScheduleDto[]> {
    const places = await this.municipalities.municipalities.query(actor).orderBy('e.name').getMany();
    const effective = await this.effective(places.map((m) => m.id));
    return places.map((m) => this.toDto(effective.get(m.id)!, m.name));
  }

  async put(actor: Actor, municipalityId: string, dto: PutMonitoringScheduleDto): Promise<MonitoringScheduleDto> {
    const municipality = await this.municipalities.municipalities.findOne(actor, municipalityId);
    if (!nextRunOf(dto.cron)) throw fieldError('cron', 'Расписание не в формате cron: «минута час день месяц день-недели», например «0 4 1 1,5,9 *»');
    const before = await this.repository.findOneBy({ municipalityId });
    await this.dataSource.transaction(async (manager) => {
      await manager.save(MonitoringSchedule, { municipalityId, regionId: municipality.regionId, cron: dto.cron, active: dto.active });
      await this.audit.record(manager, actor, {
        action: before ? AuditAction.UPDATE : AuditAction.CREATE, entity: 'monitoringSchedule', entityId: municipalityId,
        placement: { regionId: municipality.regionId, municipalityId, organizationId: null },
        changes: { cron: { from: before?.cron ?? null, to: dto.cron }, active: { from: before?.active ?? null, to: dto.active } },
      });
    });
    const schedule = { municipalityId, cron: dto.cron, active: dto.active, isDefault: false };
    await this.register(schedule);
    return this.toDto(schedule, municipality.name);
  }

  /** Every municipality's schedule as it applies (the worker registers them at start). */
  async effective(municipalityIds?: string[]): Promise<Map<string, EffectiveSchedule>> {
    const ids: string[] = municipalityIds ?? (await this.dataSource.query(`SELECT id FROM municipality`)).map((r: { id: string }) => r.id);
    const own = new Map((await this.repository.findBy({ municipalityId: In(ids) })).map((s) => [s.municipalityId, s]));
    return new Map(ids.map((id) => {
      const row = own.get(id);
      return [id, row ? { municipalityId: id, cron: row.cron, active: row.active, isDefault: false } : { municipalityId: id, cron: this.config.monitoringCron, active: true, isDefault: true }];
    }));
  }

  /** Registers a municipality's scheduler (removes it when the schedule is off). */
  register(schedule: EffectiveSchedule): Promise<void> {
    const { municipalityId } = schedule;
    return this.jobs.schedule(monitoringSchedulerKey(municipalityId), schedule.active ? schedule.cron : null, JobName.MONITORING_SCHEDULED, { municipalityId });
  }

  private toDto(schedule: EffectiveSchedule, municipalityName: string): MonitoringScheduleDto {
    return { ...schedule, municipalityName, nextRunAt: schedule.active ? nextRunOf(schedule.cron)?.toISOString() ?? null : null };
  }
}
