import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

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
