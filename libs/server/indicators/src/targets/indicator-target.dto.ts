import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { ImportRowErrorDto } from '@sopr/server-staff';
import { QueryBoolean } from '@sopr/server-core';

export class IndicatorTargetQueryDto {
  @ApiPropertyOptional({ example: 2026 }) @IsOptional() @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year?: number;
  @ApiPropertyOptional({ format: 'uuid', description: 'Цели этого муниципалитета и его региона' }) @IsOptional() @IsUUID() municipalityId?: string;
}

export class PutIndicatorTargetDto {
  @ApiProperty({ example: 'DIAG_COVERAGE' }) @IsString() @IsNotEmpty() @MaxLength(40) indicatorCode: string;
  @ApiProperty({ example: 2026 }) @IsInt() @Min(2000) @Max(2100) year: number;
  @ApiProperty({ example: 40, description: 'Для долей — от 0 до 100' }) @IsNumber({ maxDecimalPlaces: 2 }) value: number;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'Муниципалитет; пусто — цель для всего региона' })
  @IsOptional() @IsUUID()
  municipalityId?: string | null;
  @ApiPropertyOptional({ format: 'uuid', description: 'Регион цели для всего региона (системному администратору); по умолчанию — свой' })
  @IsOptional() @IsUUID()
  regionId?: string;
}

export class IndicatorTargetDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'DIAG_COVERAGE' }) indicatorCode: string;
  @ApiProperty({ format: 'uuid' }) regionId: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'Пусто — цель для всего региона' }) municipalityId: string | null;
  @ApiProperty({ example: 2026 }) year: number;
  @ApiProperty({ example: 40 }) value: number;
}

export class ImportTargetsQueryDto {
  @ApiPropertyOptional({ description: 'true — только проверить и показать, что изменится (по умолчанию — применить)' })
  @IsOptional() @QueryBoolean() @IsBoolean()
  dryRun?: boolean;
}

export class TargetImportReportDto {
  @ApiProperty({ description: 'Ошибок нет' }) valid: boolean;
  @ApiProperty() totalRows: number;
  @ApiProperty() toCreate: number;
  @ApiProperty() toUpdate: number;
  @ApiProperty() unchanged: number;
  @ApiProperty({ type: [String] }) fileErrors: string[];
  @ApiProperty({ type: [ImportRowErrorDto], description: 'Все ошибочные строки' }) errors: ImportRowErrorDto[];
  @ApiProperty({ description: 'Цели записаны (всё или ничего)' }) applied: boolean;
}
