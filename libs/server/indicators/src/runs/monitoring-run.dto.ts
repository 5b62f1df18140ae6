import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsEnum, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQueryDto } from '@sopr/server-core';
import { IndicatorBreakdown, IndicatorLevel, MonitoringRunStatus, MonitoringScope, TargetStatus } from '@sopr/shared';

export class StartMonitoringRunDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Муниципалитет (мониторинг муниципалитета); указывается либо он, либо регион' })
  @IsOptional() @IsUUID()
  municipalityId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Регион (мониторинг региона: по мониторингу на каждый его муниципалитет и свод)' })
  @IsOptional() @IsUUID()
  regionId?: string;
  @ApiPropertyOptional({ example: '2026-01-01', description: 'Начало периода; по умолчанию 1 января года даты мониторинга' })
  @IsOptional() @IsDateString({ strict: true })
  from?: string;
  @ApiPropertyOptional({ example: '2026-06-30', description: 'Дата, на которую считаются показатели; по умолчанию сегодня' })
  @IsOptional() @IsDateString({ strict: true })
  asOf?: string;
}

export class MonitoringRunQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() municipalityId?: string;
  @ApiPropertyOptional({ enum: MonitoringRunStatus, enumName: 'MonitoringRunStatus' }) @IsOptional() @IsEnum(MonitoringRunStatus) status?: MonitoringRunStatus;
  @ApiPropertyOptional({ enum: MonitoringScope, enumName: 'MonitoringScope' }) @IsOptional() @IsEnum(MonitoringScope) scope?: MonitoringScope;
  @ApiPropertyOptional({ format: 'uuid', description: 'Мониторинги муниципалитетов в составе этого мониторинга региона' })
  @IsOptional() @IsUUID()
  parentRunId?: string;
}

/** How far a region run has come: its municipalities' runs. */
export class MonitoringRunProgressDto {
  @ApiProperty({ example: 30 }) total: number;
  @ApiProperty({ example: 12 }) done: number;
  @ApiProperty({ example: 0 }) failed: number;
}

export class MonitoringRunDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: MonitoringScope, enumName: 'MonitoringScope' }) scope: MonitoringScope;
  @ApiProperty({ format: 'uuid' }) regionId: string;
  @ApiProperty() regionName: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'Пусто для мониторинга региона' }) municipalityId: string | null;
  @ApiProperty({ nullable: true, type: String }) municipalityName: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'Мониторинг региона, в составе которого посчитан этот' }) parentRunId: string | null;
  @ApiProperty({ type: MonitoringRunProgressDto, nullable: true, description: 'Для мониторинга региона: сколько муниципалитетов посчитано' })
  progress: MonitoringRunProgressDto | null;
  @ApiProperty({ example: '2026-01-01' }) periodFrom: string;
  @ApiProperty({ example: '2026-06-30' }) asOf: string;
  @ApiProperty({ enum: MonitoringRunStatus, enumName: 'MonitoringRunStatus' }) status: MonitoringRunStatus;
  @ApiProperty({ description: 'Запущен по расписанию (иначе — пользователем)' }) scheduled: boolean;
  @ApiProperty({ nullable: true, type: String, example: 'Бушмелева Ольга Александровна', description: 'Кто запустил (последним — при повторе)' }) startedByName: string | null;
  @ApiProperty({ nullable: true, type: String }) failure: string | null;
  @ApiProperty() createdAt: string;
  @ApiProperty({ nullable: true, type: String }) startedAt: string | null;
  @ApiProperty({ nullable: true, type: String }) finishedAt: string | null;
  @ApiProperty({ description: 'Аналитическая справка готова (note.docx, note.pdf)' }) noteReady: boolean;
}

export class MonitoringValueQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: IndicatorLevel, enumName: 'IndicatorLevel' }) @IsOptional() @IsEnum(IndicatorLevel) level?: IndicatorLevel;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() organizationId?: string;
  @ApiPropertyOptional({ example: 'DIAG_COVERAGE' }) @IsOptional() @IsString() @MaxLength(40) indicatorCode?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Для мониторинга региона: значения этого муниципалитета и его организаций' })
  @IsOptional() @IsUUID()
  municipalityId?: string;
  @ApiPropertyOptional({
    enum: IndicatorBreakdown, enumName: 'IndicatorBreakdown', description: 'Значения в этом разрезе (по муниципалитету и региону); без него — итоговые значения',
  })
  @IsOptional() @IsEnum(IndicatorBreakdown)
  breakdown?: IndicatorBreakdown;
}

export class MonitoringValueDto {
  @ApiProperty({ example: 'DIAG_COVERAGE' }) indicatorCode: string;
  @ApiProperty({ enum: IndicatorLevel, enumName: 'IndicatorLevel' }) level: IndicatorLevel;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'Пусто на уровне региона' }) municipalityId: string | null;
  @ApiProperty({ nullable: true, type: String }) municipalityName: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) organizationId: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Организация (для уровня ORGANIZATION)' }) organizationName: string | null;
  @ApiProperty({ enum: IndicatorBreakdown, enumName: 'IndicatorBreakdown', nullable: true, description: 'Разрез; пусто — итоговое значение' })
  breakdown: IndicatorBreakdown | null;
  @ApiProperty({ nullable: true, type: String, example: 'MATH', description: 'Ключ в разрезе: код предмета, должности, вида диагностики, категории, компетенции' })
  breakdownKey: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'Математика' }) breakdownName: string | null;
  @ApiProperty({ example: 120 }) numerator: number;
  @ApiProperty({ example: 400, nullable: true, type: Number, description: 'Пусто для количественных показателей' }) denominator: number | null;
  @ApiProperty({ example: 30, nullable: true, type: Number, description: 'Доля в %, на 100 или количество; пусто, если знаменатель 0' }) value: number | null;
  @ApiProperty({ example: 40, nullable: true, type: Number, description: 'Целевое значение на год даты мониторинга' }) target: number | null;
  @ApiProperty({ enum: TargetStatus, enumName: 'TargetStatus', nullable: true }) status: TargetStatus | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Значение в предыдущем готовом мониторинге муниципалитета' }) previousValue: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Изменение с предыдущего мониторинга' }) change: number | null;
}

export class MonitoringPeopleQueryDto extends PageQueryDto {
  @ApiProperty({ example: 'DIAG_COVERAGE' }) @IsString() @IsNotEmpty() @MaxLength(40) indicatorCode: string;
  @ApiProperty({ enum: ['numerator', 'denominator'], description: 'Кто в числителе или кто в знаменателе' })
  @IsIn(['numerator', 'denominator'])
  part: 'numerator' | 'denominator';
  @ApiPropertyOptional({ format: 'uuid', description: 'Только эта организация' }) @IsOptional() @IsUUID() organizationId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Для мониторинга региона: муниципалитет (обязателен)' }) @IsOptional() @IsUUID() municipalityId?: string;
  @ApiPropertyOptional({ enum: IndicatorBreakdown, enumName: 'IndicatorBreakdown', description: 'Только люди, стоящие за значением в этом разрезе' })
  @IsOptional() @IsEnum(IndicatorBreakdown)
  breakdown?: IndicatorBreakdown;
  @ApiPropertyOptional({ example: 'MATH', description: 'Ключ в разрезе (вместе с breakdown)' }) @IsOptional() @IsString() @MaxLength(64) breakdownKey?: string;
}

/** One point of an indicator's dynamics: its value in one done run of the same place. */
export class MonitoringDynamicsPointDto {
  @ApiProperty({ format: 'uuid' }) runId: string;
  @ApiProperty({ example: '2026-06-30' }) asOf: string;
  @ApiProperty({ nullable: true, type: Number }) value: number | null;
  @ApiProperty({ nullable: true, type: Number }) target: number | null;
  @ApiProperty({ enum: TargetStatus, enumName: 'TargetStatus', nullable: true }) status: TargetStatus | null;
}

export class MonitoringDynamicsQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Динамика организации (школа видит только свою)' }) @IsOptional() @IsUUID() organizationId?: string;
}

/** An indicator over the place's done runs up to this one, oldest first (at most the last 12). */
export class MonitoringDynamicsDto {
  @ApiProperty({ example: 'DIAG_COVERAGE' }) indicatorCode: string;
  @ApiProperty({ type: [MonitoringDynamicsPointDto] }) points: MonitoringDynamicsPointDto[];
}

/** One indicator in a region run: the region and each municipality side by side. */
export class MonitoringComparisonCellDto {
  @ApiProperty({ example: 120 }) numerator: number;
  @ApiProperty({ nullable: true, type: Number }) denominator: number | null;
  @ApiProperty({ nullable: true, type: Number }) value: number | null;
  @ApiProperty({ nullable: true, type: Number }) target: number | null;
  @ApiProperty({ enum: TargetStatus, enumName: 'TargetStatus', nullable: true }) status: TargetStatus | null;
  @ApiProperty({ nullable: true, type: Number }) change: number | null;
}

export class MonitoringComparisonMunicipalityDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ format: 'uuid', description: 'Мониторинг муниципалитета в составе мониторинга региона' }) runId: string;
}

export class MonitoringComparisonRowDto {
  @ApiProperty({ example: 'DIAG_COVERAGE' }) indicatorCode: string;
  @ApiProperty({ type: MonitoringComparisonCellDto, nullable: true }) region: MonitoringComparisonCellDto | null;
  @ApiProperty({ type: [MonitoringComparisonCellDto], description: 'По муниципалитетам, в порядке списка municipalities; пусто — нет значения' })
  municipalities: (MonitoringComparisonCellDto | null)[];
}

export class MonitoringComparisonDto {
  @ApiProperty({ type: [MonitoringComparisonMunicipalityDto], description: 'Муниципалитеты по алфавиту' }) municipalities: MonitoringComparisonMunicipalityDto[];
  @ApiProperty({ type: [MonitoringComparisonRowDto], description: 'Показатели в порядке каталога' }) rows: MonitoringComparisonRowDto[];
}

export class MonitoringPersonDto {
  @ApiProperty({ format: 'uuid', description: 'Запись о работе, по которой человек учтён (основное место)' }) staffMemberId: string;
  @ApiProperty({ example: 'Пестова Анна Сергеевна' }) fullName: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty() organizationName: string;
}
