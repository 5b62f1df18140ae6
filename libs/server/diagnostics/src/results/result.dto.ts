import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize, ArrayMinSize, IsArray, IsDateString, IsNotEmpty, IsNumber, IsObject, IsOptional, IsString, IsUUID, MaxLength, ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '@sopr/server-core';
import { ResultSource } from '@sopr/shared';

export const RESULT_BATCH_MAX_ITEMS = 1000;

export class ScoreInputDto {
  @ApiProperty({ format: 'uuid', description: 'Компетенция процедуры' }) @IsUUID() competenceId: string;
  @ApiProperty({ example: 72.5 }) @Type(() => Number) @IsNumber({ maxDecimalPlaces: 2 }) score: number;
}

export class PutResultDto {
  @ApiProperty({ example: '2026-10-12', description: 'Дата прохождения' }) @IsDateString({ strict: true }) takenOn: string;

  @ApiProperty({ type: [ScoreInputDto] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => ScoreInputDto)
  scores: ScoreInputDto[];
}

export class ResultQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() organizationId?: string;
}

export class ScoreDto {
  @ApiProperty({ format: 'uuid' }) competenceId: string;
  @ApiProperty() competenceCode: string;
  @ApiProperty() score: number;
  @ApiProperty({ description: 'Ниже порога процедуры — дефицит' }) belowThreshold: boolean;
}

export class ResultDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) procedureId: string;
  @ApiProperty({ format: 'uuid' }) staffMemberId: string;
  @ApiProperty({ example: 'Иванова Мария Петровна' }) staffName: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty() organizationName: string;
  @ApiProperty() takenOn: string;
  @ApiProperty({ enum: ResultSource, enumName: 'ResultSource' }) source: ResultSource;
  @ApiProperty({ type: [ScoreDto] }) scores: ScoreDto[];
}

export class BatchScoreDto {
  @ApiProperty({ example: 'PROF.METHODICAL' }) @IsString() @IsNotEmpty() @MaxLength(40) competenceCode: string;
  @ApiProperty({ example: 55 }) @IsNumber({ maxDecimalPlaces: 2 }) score: number;
}

/** One result of a portal batch: the teacher by the portal's id or by SNILS. */
export class ResultBatchItemDto {
  @ApiPropertyOptional({ example: 'portal-43-000123', description: 'Внешний идентификатор работника' })
  @IsOptional() @IsString() @IsNotEmpty() @MaxLength(64)
  staffExternalId?: string;

  @ApiPropertyOptional({ example: '112-233-445 95', description: 'СНИЛС работника (если нет внешнего идентификатора)' })
  @IsOptional() @IsString() @MaxLength(20)
  snils?: string;

  @ApiProperty({ example: '2026-10-12' }) @IsDateString({ strict: true }) takenOn: string;

  @ApiProperty({ type: [BatchScoreDto] })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => BatchScoreDto)
  scores: BatchScoreDto[];
}

export class ResultBatchDto {
  @ApiProperty({ type: [ResultBatchItemDto], description: `До ${RESULT_BATCH_MAX_ITEMS} записей; каждая проверяется отдельно` })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(RESULT_BATCH_MAX_ITEMS) @IsObject({ each: true })
  items: Record<string, unknown>[];
}
