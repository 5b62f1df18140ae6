import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQueryDto } from '@sopr/server-core';
import { CompetenceArea, DeficitStatus, ProcedureKind } from '@sopr/shared';

export class DeficitQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() staffMemberId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() organizationId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() municipalityId?: string;
  @ApiPropertyOptional({ example: 'PROF.METHODICAL' }) @IsOptional() @IsString() @MaxLength(40) competenceCode?: string;
  @ApiPropertyOptional({ enum: DeficitStatus, enumName: 'DeficitStatus' }) @IsOptional() @IsEnum(DeficitStatus) status?: DeficitStatus;
  @ApiPropertyOptional({ enum: ProcedureKind, enumName: 'ProcedureKind' }) @IsOptional() @IsEnum(ProcedureKind) procedureKind?: ProcedureKind;
  @ApiPropertyOptional({ format: 'uuid', description: 'Педагоги, преподающие предмет' }) @IsOptional() @IsUUID() subjectId?: string;
  @ApiPropertyOptional({ example: '2026-08-31', description: 'Не закрытые на эту дату, у работающих на неё (как в банке затруднений)' })
  @IsOptional() @IsDateString({ strict: true })
  openOn?: string;
  @ApiPropertyOptional({ example: '2025-09-01', description: 'Выявленные с этой даты' }) @IsOptional() @IsDateString({ strict: true }) from?: string;
}

export class DeficitDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) staffMemberId: string;
  @ApiProperty() staffName: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty() organizationName: string;
  @ApiProperty() competenceCode: string;
  @ApiProperty() competenceName: string;
  @ApiProperty({ enum: DeficitStatus, enumName: 'DeficitStatus' }) status: DeficitStatus;
  @ApiProperty() openedOn: string;
  @ApiProperty({ format: 'uuid' }) openedByResultId: string;
  @ApiProperty() openedByProcedureName: string;
  @ApiProperty({ enum: ProcedureKind, enumName: 'ProcedureKind' }) procedureKind: ProcedureKind;
  @ApiProperty({ nullable: true, type: String }) closedOn: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) closedByResultId: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'Пункт ИОМ, который работает с дефицитом' }) routeItemId: string | null;
}

export class StaffResultSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) procedureId: string;
  @ApiProperty() procedureName: string;
  @ApiProperty({ enum: ProcedureKind, enumName: 'ProcedureKind' }) kind: ProcedureKind;
  @ApiProperty() takenOn: string;
  @ApiProperty() scaleMin: number;
  @ApiProperty() scaleMax: number;
  @ApiProperty() threshold: number;
}

export class CompetencePointDto {
  @ApiProperty({ format: 'uuid' }) resultId: string;
  @ApiProperty() takenOn: string;
  @ApiProperty() score: number;
  @ApiProperty({ description: 'Балл в процентах шкалы процедуры: сравним между процедурами' }) percent: number;
  @ApiProperty() belowThreshold: boolean;
}

export class CompetenceDynamicsDto {
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: CompetenceArea, enumName: 'CompetenceArea' }) area: CompetenceArea;
  @ApiProperty({ type: [CompetencePointDto], description: 'По дате' }) points: CompetencePointDto[];
  @ApiProperty({ nullable: true, type: Number, description: 'Изменение последнего результата к предыдущему, п. п.' }) change: number | null;
  @ApiProperty({ description: 'Есть незакрытый дефицит' }) hasOpenDeficit: boolean;
}

export class StaffDiagnosticsDto {
  @ApiProperty({ format: 'uuid' }) staffMemberId: string;
  @ApiProperty({ type: [StaffResultSummaryDto] }) results: StaffResultSummaryDto[];
  @ApiProperty({ type: [CompetenceDynamicsDto] }) competences: CompetenceDynamicsDto[];
  @ApiProperty({ type: [DeficitDto], description: 'Все эпизоды дефицитов, открытые первыми' }) deficits: DeficitDto[];
}
