import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsEnum, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQueryDto } from '@sopr/server-core';
import { IndicatorLevel, MonitoringRunStatus, TargetStatus } from '@sopr/shared';

export class StartMonitoringRunDto {
  @ApiProperty({ format: 'uuid', description: 'Муниципалитет' }) @IsUUID() municipalityId: string;
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
}

export class MonitoringRunDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) regionId: string;
  @ApiProperty({ format: 'uuid' }) municipalityId: string;
  @ApiProperty() municipalityName: string;
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
}

export class MonitoringValueDto {
  @ApiProperty({ example: 'DIAG_COVERAGE' }) indicatorCode: string;
  @ApiProperty({ enum: IndicatorLevel, enumName: 'IndicatorLevel' }) level: IndicatorLevel;
  @ApiProperty({ format: 'uuid' }) municipalityId: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) organizationId: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Организация (для уровня ORGANIZATION)' }) organizationName: string | null;
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
}

export class MonitoringPersonDto {
  @ApiProperty({ format: 'uuid', description: 'Запись о работе, по которой человек учтён (основное место)' }) staffMemberId: string;
  @ApiProperty({ example: 'Пестова Анна Сергеевна' }) fullName: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty() organizationName: string;
}
