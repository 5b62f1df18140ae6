import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

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
