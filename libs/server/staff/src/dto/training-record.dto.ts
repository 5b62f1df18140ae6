import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsDateString, IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { TrainingKind } from '@sopr/shared';
import { TrainingRecord } from '../training-record.entity';

export class CreateTrainingRecordDto {
  @ApiProperty({ enum: TrainingKind, enumName: 'TrainingKind', example: TrainingKind.ADVANCED }) @IsEnum(TrainingKind) kind: TrainingKind;
  @ApiProperty({ example: 'Формирование функциональной грамотности обучающихся', maxLength: 300 }) @IsString() @IsNotEmpty() @MaxLength(300) programName: string;
  @ApiProperty({ example: 'ЦНППМ Кировской области', maxLength: 300 }) @IsString() @IsNotEmpty() @MaxLength(300) provider: string;
  @ApiProperty({ example: 36, minimum: 1, maximum: 2000 }) @IsInt() @Min(1) @Max(2000) hours: number;
  @ApiProperty({ example: '2025-10-01' }) @IsDateString({ strict: true }) startedOn: string;
  @ApiPropertyOptional({ example: '2025-10-20', nullable: true, type: String, description: 'Дата окончания (пусто — обучение идёт)' })
  @IsOptional() @IsDateString({ strict: true })
  completedOn?: string | null;
  @ApiPropertyOptional({ default: false, description: 'Проведено ЦНППМ' }) @IsOptional() @IsBoolean() isCnppm?: boolean;
  @ApiPropertyOptional({ default: false, description: 'Программа из Федерального реестра ДПП' }) @IsOptional() @IsBoolean() isFederalRegistry?: boolean;
  @ApiPropertyOptional({ default: false, description: 'Программа в области ИКТ' }) @IsOptional() @IsBoolean() isIct?: boolean;
  @ApiPropertyOptional({ example: '432400012345', nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(100) certificateNumber?: string | null;
  @ApiPropertyOptional({ example: 'portal-tr-1', nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(64) externalId?: string | null;
}

export class UpdateTrainingRecordDto extends PartialType(CreateTrainingRecordDto) {}

export class TrainingRecordDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) staffMemberId: string;
  @ApiProperty({ enum: TrainingKind, enumName: 'TrainingKind' }) kind: TrainingKind;
  @ApiProperty() programName: string;
  @ApiProperty() provider: string;
  @ApiProperty() hours: number;
  @ApiProperty() startedOn: string;
  @ApiProperty({ nullable: true, type: String }) completedOn: string | null;
  @ApiProperty() isCnppm: boolean;
  @ApiProperty() isFederalRegistry: boolean;
  @ApiProperty() isIct: boolean;
  @ApiProperty({ nullable: true, type: String }) certificateNumber: string | null;
  @ApiProperty({ nullable: true, type: String }) externalId: string | null;

  static from(t: TrainingRecord): TrainingRecordDto {
    return {
      id: t.id, staffMemberId: t.staffMemberId, kind: t.kind, programName: t.programName, provider: t.provider, hours: t.hours,
      startedOn: t.startedOn, completedOn: t.completedOn, isCnppm: t.isCnppm, isFederalRegistry: t.isFederalRegistry, isIct: t.isIct,
      certificateNumber: t.certificateNumber, externalId: t.externalId,
    };
  }
}
