import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ImportStatus } from '@sopr/shared';

export class StaffImportQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Организация для строк без столбца «Организация» (для администратора ОО — его школа)' })
  @IsOptional() @IsUUID()
  organizationId?: string;
}

export class ImportRowErrorDto {
  @ApiProperty({ example: 5, description: 'Номер строки в файле (заголовок — строка 1)' }) row: number;
  @ApiProperty({ example: 'СНИЛС', nullable: true, type: String, description: 'Столбец; пусто — ошибка всей строки' }) column: string | null;
  @ApiProperty({ example: 'СНИЛС указан с ошибкой (не сходится контрольное число)' }) message: string;
}

export class StaffImportReportDto {
  @ApiProperty({ description: 'Можно применять: ошибок нет' }) valid: boolean;
  @ApiProperty({ example: 48 }) totalRows: number;
  @ApiProperty({ example: 3 }) toCreate: number;
  @ApiProperty({ example: 2 }) toUpdate: number;
  @ApiProperty({ example: 43 }) unchanged: number;
  @ApiProperty({ type: [String], description: 'Ошибки файла целиком (формат, столбцы)' }) fileErrors: string[];
  @ApiProperty({ type: [ImportRowErrorDto], description: 'Все ошибочные строки' }) errors: ImportRowErrorDto[];
  @ApiProperty({ description: 'true — изменения применены (только для commit)' }) applied: boolean;
}

export class StartStaffImportQueryDto extends StaffImportQueryDto {
  @ApiPropertyOptional({ maxLength: 255, example: 'педагоги-школа-1.xlsx', description: 'Имя файла — чтобы узнать импорт в списке' })
  @IsOptional() @IsString() @MaxLength(255)
  fileName?: string;
}

export class StaffImportDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'педагоги-школа-1.xlsx' }) fileName: string;
  @ApiProperty({ example: 48213, description: 'Размер файла, байт' }) fileSize: number;
  @ApiProperty({ enum: ImportStatus, enumName: 'ImportStatus' }) status: ImportStatus;
  @ApiProperty({ example: 2000, description: 'Прочитано строк данных текущим шагом (проверка или применение)' }) rowsRead: number;
  @ApiProperty({ example: 48, nullable: true, type: Number, description: 'Строк данных в файле; известно после проверки' }) totalRows: number | null;
  @ApiProperty({ example: 3 }) toCreate: number;
  @ApiProperty({ example: 2 }) toUpdate: number;
  @ApiProperty({ example: 43 }) unchanged: number;
  @ApiProperty({ example: 0, description: 'Ошибочных строк (список — GET …/errors)' }) errorCount: number;
  @ApiProperty({ type: [String], description: 'Ошибки файла целиком (формат, столбцы)' }) fileErrors: string[];
  @ApiProperty({ nullable: true, type: String, description: 'Причина сбоя, если импорт не удалось выполнить' }) failure: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) defaultOrganizationId: string | null;
  @ApiProperty({ format: 'uuid' }) createdById: string;
  @ApiProperty() createdAt: string;
  @ApiProperty({ nullable: true, type: String }) validatedAt: string | null;
  @ApiProperty({ nullable: true, type: String }) appliedAt: string | null;
}
