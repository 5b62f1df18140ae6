import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDateString, IsInt, IsNotEmpty, IsObject, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { FieldErrorDto } from '@sopr/server-core';
import { CreateStaffMemberDto, StaffMemberListItemDto } from './staff-member.dto';

export const BATCH_MAX_ITEMS = 1000;

/** One record of a portal batch: the card's fields, identified by the portal's own id. */
export class StaffBatchItemDto extends OmitType(CreateStaffMemberDto, ['organizationId', 'subjects', 'externalId'] as const) {
  @ApiProperty({ example: 'portal-43-000123', description: 'Идентификатор работника в системе портала (ключ идемпотентности)' })
  @IsString() @IsNotEmpty() @MaxLength(64)
  externalId: string;

  @ApiPropertyOptional({ example: 'portal-org-4305003860', description: 'Внешний идентификатор организации (или organizationId)' })
  @IsOptional() @IsString() @MaxLength(64)
  organizationExternalId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID()
  organizationId?: string;

  @ApiPropertyOptional({ type: [String], example: ['MATH', 'INFORMATICS'], description: 'Коды предметов из справочника /subjects' })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @IsString({ each: true })
  subjectCodes?: string[];
}

export class StaffBatchDto {
  @ApiProperty({ type: [StaffBatchItemDto], description: `До ${BATCH_MAX_ITEMS} записей; каждая проверяется отдельно` })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(BATCH_MAX_ITEMS) @IsObject({ each: true })
  items: Record<string, unknown>[];
}

export class BatchItemResultDto {
  @ApiProperty({ example: 0, description: 'Позиция записи в items' }) index: number;
  @ApiProperty({ nullable: true, type: String }) externalId: string | null;
  @ApiProperty({ enum: ['created', 'updated', 'unchanged', 'error'] }) status: 'created' | 'updated' | 'unchanged' | 'error';
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) id: string | null;
  @ApiProperty({ type: [FieldErrorDto] }) errors: FieldErrorDto[];
}

/** What a portal batch answers: the counts and a result per record, in the batch's order. */
export class BatchResultDto {
  @ApiProperty() created: number;
  @ApiProperty() updated: number;
  @ApiProperty() unchanged: number;
  @ApiProperty() failed: number;
  @ApiProperty({ type: [BatchItemResultDto] }) results: BatchItemResultDto[];

  static of(results: BatchItemResultDto[]): BatchResultDto {
    const count = (status: BatchItemResultDto['status']) => results.filter((r) => r.status === status).length;
    return { created: count('created'), updated: count('updated'), unchanged: count('unchanged'), failed: count('error'), results };
  }
}

export class StaffBatchResultDto extends BatchResultDto {}

export class StaffChangesQueryDto {
  @ApiPropertyOptional({ example: '2026-11-01T00:00:00Z', description: 'Изменения после этого момента (первый запрос)' })
  @IsOptional() @IsDateString()
  updatedSince?: string;

  @ApiPropertyOptional({ description: 'Курсор из nextCursor прошлого ответа' })
  @IsOptional() @IsString() @MaxLength(200)
  cursor?: string;

  @ApiPropertyOptional({ default: 500, maximum: BATCH_MAX_ITEMS })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(BATCH_MAX_ITEMS)
  limit: number = 500;
}

export class StaffChangeDto extends StaffMemberListItemDto {
  @ApiProperty({ nullable: true, type: String }) externalId: string | null;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class StaffChangesDto {
  @ApiProperty({ type: [StaffChangeDto] }) items: StaffChangeDto[];
  @ApiProperty({ nullable: true, type: String, description: 'Передайте в cursor следующего запроса (и для опроса позже)' })
  nextCursor: string | null;
  @ApiProperty({ description: 'Есть ещё изменения сразу за этой страницей' })
  hasMore: boolean;
}
