import { ApiProperty, ApiPropertyOptional, PartialType, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsDateString, IsEnum, IsIn, IsNotEmpty, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min,
} from 'class-validator';
import { PageQueryDto } from '@sopr/server-core';
import { ProcedureKind } from '@sopr/shared';

export class CreateProcedureDto {
  @ApiProperty({ example: 'Диагностика предметных и методических компетенций учителей математики', maxLength: 300 })
  @IsString() @IsNotEmpty() @MaxLength(300)
  name: string;

  @ApiProperty({ enum: ProcedureKind, enumName: 'ProcedureKind', example: ProcedureKind.CNPPM_ENTRY }) @IsEnum(ProcedureKind) kind: ProcedureKind;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'Предмет из справочника /subjects; не указан — без предмета' })
  @IsOptional() @IsUUID()
  subjectId?: string | null;

  @ApiProperty({ type: [String], example: ['PROF.SUBJECT', 'PROF.METHODICAL', 'FL.MATH'], description: 'Коды оцениваемых компетенций действующей рамки' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(100) @IsString({ each: true })
  competenceCodes: string[];

  @ApiProperty({ example: '2026-09-15' }) @IsDateString({ strict: true }) startsOn: string;
  @ApiPropertyOptional({ example: '2026-10-31', nullable: true, type: String }) @IsOptional() @IsDateString({ strict: true }) endsOn?: string | null;

  @ApiPropertyOptional({ default: 0, description: 'Нижняя граница шкалы' }) @IsOptional() @Type(() => Number) @IsNumber({ maxDecimalPlaces: 2 }) @Min(-100000) @Max(100000) scaleMin?: number;
  @ApiPropertyOptional({ default: 100, description: 'Верхняя граница шкалы' }) @IsOptional() @Type(() => Number) @IsNumber({ maxDecimalPlaces: 2 }) @Min(-100000) @Max(100000) scaleMax?: number;
  @ApiProperty({ example: 60, description: 'Балл ниже порога — дефицит' }) @Type(() => Number) @IsNumber({ maxDecimalPlaces: 2 }) @Min(-100000) @Max(100000) threshold: number;

  @ApiPropertyOptional({ default: false, description: 'Проводит ЦНППМ' }) @IsOptional() @IsBoolean() isCnppm?: boolean;

  @ApiProperty({ enum: ['REGION', 'MUNICIPALITY', 'ORGANIZATION'], example: 'MUNICIPALITY', description: 'Уровень организатора: кто видит процедуру (уровень и ниже)' })
  @IsIn(['REGION', 'MUNICIPALITY', 'ORGANIZATION'])
  owner: 'REGION' | 'MUNICIPALITY' | 'ORGANIZATION';

  @ApiProperty({ format: 'uuid', description: 'Идентификатор региона, муниципалитета или организации — по owner' }) @IsUUID() ownerId: string;
}

/** Scale, threshold and competences change only while the procedure has no results. */
export class UpdateProcedureDto extends PartialType(
  PickType(CreateProcedureDto, ['name', 'subjectId', 'competenceCodes', 'startsOn', 'endsOn', 'scaleMin', 'scaleMax', 'threshold', 'isCnppm'] as const),
) {}

export class ProcedureQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: ProcedureKind, enumName: 'ProcedureKind' }) @IsOptional() @IsEnum(ProcedureKind) kind?: ProcedureKind;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() subjectId?: string;
  @ApiPropertyOptional({ example: '2026-01-01' }) @IsOptional() @IsDateString({ strict: true }) from?: string;
  @ApiPropertyOptional({ example: '2026-12-31' }) @IsOptional() @IsDateString({ strict: true }) to?: string;
}

export class ProcedureCompetenceDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
}

export class ProcedureDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) regionId: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) municipalityId: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) organizationId: string | null;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ProcedureKind, enumName: 'ProcedureKind' }) kind: ProcedureKind;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) subjectId: string | null;
  @ApiProperty({ nullable: true, type: String }) subjectName: string | null;
  @ApiProperty({ format: 'uuid' }) frameworkId: string;
  @ApiProperty({ type: [ProcedureCompetenceDto] }) competences: ProcedureCompetenceDto[];
  @ApiProperty() startsOn: string;
  @ApiProperty({ nullable: true, type: String }) endsOn: string | null;
  @ApiProperty() scaleMin: number;
  @ApiProperty() scaleMax: number;
  @ApiProperty() threshold: number;
  @ApiProperty() isCnppm: boolean;
  @ApiProperty({ description: 'Результатов в области видимости пользователя' }) resultCount: number;
}
