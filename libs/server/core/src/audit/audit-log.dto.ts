import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQueryDto } from '../pagination/page-query.dto';
import { AuditAction, AuditLogEntry } from './audit-log-entry.entity';

export class AuditLogQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ example: 'organization', description: 'Тип записи' })
  @IsOptional() @IsString() @MaxLength(64)
  entity?: string;

  @ApiPropertyOptional({ description: 'Идентификатор записи' })
  @IsOptional() @IsString() @MaxLength(64)
  entityId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Кто изменил' })
  @IsOptional() @IsUUID()
  actorId?: string;

  @ApiPropertyOptional({ enum: AuditAction, enumName: 'AuditAction' })
  @IsOptional() @IsEnum(AuditAction)
  action?: AuditAction;

  @ApiPropertyOptional({ example: '2026-01-01', description: 'С даты (включительно)' })
  @IsOptional() @IsDateString()
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-31', description: 'По дату (включительно)' })
  @IsOptional() @IsDateString()
  to?: string;
}

export class AuditLogEntryDto {
  @ApiProperty() id: string;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty({ enum: ['user', 'apiKey'] }) actorKind: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) actorId: string | null;
  @ApiProperty() actorRole: string;
  @ApiProperty({ enum: AuditAction, enumName: 'AuditAction' }) action: AuditAction;
  @ApiProperty({ example: 'organization' }) entity: string;
  @ApiProperty() entityId: string;
  @ApiProperty({ nullable: true, type: 'object', additionalProperties: true, description: 'Изменённые поля: { поле: { from, to } }' })
  changes: Record<string, { from: unknown; to: unknown }> | null;
  @ApiProperty({ nullable: true, type: String }) ip: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) regionId: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) municipalityId: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) organizationId: string | null;

  static from(entry: AuditLogEntry): AuditLogEntryDto {
    return { ...entry, occurredAt: entry.occurredAt.toISOString() };
  }
}
