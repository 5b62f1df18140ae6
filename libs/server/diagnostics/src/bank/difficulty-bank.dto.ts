import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsEnum, IsOptional, IsUUID } from 'class-validator';
import { CompetenceArea, ProcedureKind } from '@sopr/shared';

export class DifficultyBankQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() municipalityId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() organizationId?: string;
  @ApiPropertyOptional({ example: '2025-09-01', description: 'Начало периода: дефициты, выявленные с этой даты' }) @IsOptional() @IsDateString({ strict: true }) from?: string;
  @ApiPropertyOptional({ example: '2026-08-31', description: 'Конец периода: дефициты, не закрытые на эту дату (по умолчанию сегодня)' }) @IsOptional() @IsDateString({ strict: true }) to?: string;
  @ApiPropertyOptional({ enum: ProcedureKind, enumName: 'ProcedureKind', description: 'Вид процедуры, выявившей дефицит' }) @IsOptional() @IsEnum(ProcedureKind) procedureKind?: ProcedureKind;
}

export class BankCompetenceDto {
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: CompetenceArea, enumName: 'CompetenceArea' }) area: CompetenceArea;
  @ApiProperty({ nullable: true, type: String }) parentCode: string | null;
}

export class BankNamedDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class BankCellDto {
  @ApiProperty() competenceCode: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'null — все организации' }) organizationId: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'null — все предметы' }) subjectId: string | null;
  @ApiProperty({ description: 'Педагогов с незакрытым дефицитом' }) withDeficit: number;
  @ApiProperty({ description: 'Педагогов в ячейке' }) teachers: number;
  @ApiProperty({ description: 'Доля, %' }) share: number;
}

export class BankTeachersDto {
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) organizationId: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) subjectId: string | null;
  @ApiProperty() teachers: number;
}

export class DifficultyBankDto {
  @ApiProperty({ nullable: true, type: String }) from: string | null;
  @ApiProperty() to: string;
  @ApiProperty({ type: [BankCompetenceDto] }) competences: BankCompetenceDto[];
  @ApiProperty({ type: [BankNamedDto] }) organizations: BankNamedDto[];
  @ApiProperty({ type: [BankNamedDto] }) subjects: BankNamedDto[];
  @ApiProperty({ type: [BankTeachersDto], description: 'Число педагогов по организации и предмету (null — все)' }) teachers: BankTeachersDto[];
  @ApiProperty({ type: [BankCellDto], description: 'Только ячейки с дефицитами' }) cells: BankCellDto[];
}
