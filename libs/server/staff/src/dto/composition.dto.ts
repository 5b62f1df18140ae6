import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsOptional, IsUUID } from 'class-validator';

export class CompositionQueryDto {
  @ApiPropertyOptional({ example: '2026-09-01', description: 'Дата отчёта (по умолчанию сегодня)' })
  @IsOptional() @IsDateString({ strict: true })
  asOf?: string;

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() municipalityId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() organizationId?: string;
}

export class EducationCountsDto {
  @ApiProperty() HIGHER: number;
  @ApiProperty() SECONDARY_VOCATIONAL: number;
  @ApiProperty() OTHER: number;
}

export class CategoryCountsDto {
  @ApiProperty() HIGHEST: number;
  @ApiProperty() FIRST: number;
  @ApiProperty() CONFORMITY: number;
  @ApiProperty({ description: 'Без действующей категории' }) NONE: number;
}

export class AgeGroupCountsDto {
  @ApiProperty() UNDER_25: number;
  @ApiProperty() FROM_25_TO_34: number;
  @ApiProperty() FROM_35_TO_49: number;
  @ApiProperty() FROM_50_TO_PENSION: number;
  @ApiProperty() PENSION: number;
}

export class ExperienceGroupCountsDto {
  @ApiProperty() UNDER_3: number;
  @ApiProperty() FROM_3_TO_5: number;
  @ApiProperty() FROM_5_TO_10: number;
  @ApiProperty() FROM_10_TO_20: number;
  @ApiProperty() OVER_20: number;
}

export class CompositionRowDto {
  @ApiProperty({ enum: ['REGION', 'MUNICIPALITY', 'ORGANIZATION'] }) level: 'REGION' | 'MUNICIPALITY' | 'ORGANIZATION';
  @ApiProperty({ format: 'uuid' }) regionId: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) municipalityId: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) organizationId: string | null;
  @ApiProperty({ example: 'Верхнекамский муниципальный округ' }) name: string;
  @ApiProperty({ description: 'Педагогические работники на дату; человек с несколькими местами работы — один раз, по основному' }) total: number;
  @ApiProperty({ type: EducationCountsDto }) educationLevel: EducationCountsDto;
  @ApiProperty({ type: CategoryCountsDto }) category: CategoryCountsDto;
  @ApiProperty({ type: AgeGroupCountsDto }) ageGroup: AgeGroupCountsDto;
  @ApiProperty({ type: ExperienceGroupCountsDto }) experienceGroup: ExperienceGroupCountsDto;
  @ApiProperty({ description: 'Прошли ПК или переподготовку за последние 3 года' }) trainedInLast3Years: number;
}

export class CompositionReportDto {
  @ApiProperty({ example: '2026-09-01' }) asOf: string;
  @ApiProperty({ type: [CompositionRowDto], description: 'Регион, затем муниципалитеты, затем организации' }) rows: CompositionRowDto[];
}
