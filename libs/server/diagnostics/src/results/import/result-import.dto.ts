import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsDateString, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { ImportStatus } from '@sopr/shared';

const column = (description: string) => ApiPropertyOptional({ type: String, nullable: true, maxLength: 200, description });

export class ScoreColumnDto {
  @ApiProperty({ example: 'PROF.METHODICAL', description: 'Код компетенции процедуры' })
  @IsString() @IsNotEmpty() @MaxLength(40)
  competenceCode: string;

  @ApiProperty({ example: 'Методическая компетенция, балл', description: 'Заголовок столбца с баллом' })
  @IsString() @IsNotEmpty() @MaxLength(200)
  column: string;
}

/** Which column of the file holds what, by header text. */
export class ResultColumnMappingDto {
  @column('Столбец с внешним идентификатором педагога') @IsOptional() @IsString() @MaxLength(200) externalId?: string | null;
  @column('Столбец со СНИЛС') @IsOptional() @IsString() @MaxLength(200) snils?: string | null;
  @column('Столбец с ФИО целиком («Иванова Мария Петровна»)') @IsOptional() @IsString() @MaxLength(200) fullName?: string | null;
  @column('Столбец с фамилией') @IsOptional() @IsString() @MaxLength(200) lastName?: string | null;
  @column('Столбец с именем') @IsOptional() @IsString() @MaxLength(200) firstName?: string | null;
  @column('Столбец с отчеством') @IsOptional() @IsString() @MaxLength(200) middleName?: string | null;
  @column('Столбец с датой рождения (для поиска по ФИО)') @IsOptional() @IsString() @MaxLength(200) birthDate?: string | null;
  @column('Столбец с датой прохождения') @IsOptional() @IsString() @MaxLength(200) takenOn?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2026-10-12', description: 'Дата прохождения для строк без неё (или если такого столбца нет)' })
  @IsOptional() @IsDateString({ strict: true })
  defaultTakenOn?: string | null;

  @ApiProperty({ type: [ScoreColumnDto], description: 'Столбцы с баллами, по одному на компетенцию' })
  @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => ScoreColumnDto)
  scores: ScoreColumnDto[];
}

export class StartResultImportQueryDto {
  @ApiPropertyOptional({ maxLength: 255, example: 'фиоко-2026-результаты.xlsx', description: 'Имя файла — чтобы узнать импорт в списке' })
  @IsOptional() @IsString() @MaxLength(255)
  fileName?: string;
}

export class ResultImportDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) procedureId: string;
  @ApiProperty({ example: 'фиоко-2026-результаты.xlsx' }) fileName: string;
  @ApiProperty({ example: 48213, description: 'Размер файла, байт' }) fileSize: number;
  @ApiProperty({ enum: ImportStatus, enumName: 'ImportStatus' }) status: ImportStatus;
  @ApiProperty({ type: [String], description: 'Заголовки столбцов файла' }) headers: string[];
  @ApiProperty({ type: ResultColumnMappingDto, description: 'Сопоставление столбцов: предложенное после загрузки или подтверждённое пользователем' })
  mapping: ResultColumnMappingDto;
  @ApiProperty({ example: 2000, description: 'Прочитано строк данных текущим шагом' }) rowsRead: number;
  @ApiProperty({ example: 48, nullable: true, type: Number, description: 'Строк данных в файле; известно после проверки' }) totalRows: number | null;
  @ApiProperty({ example: 40, description: 'Новых результатов' }) toCreate: number;
  @ApiProperty({ example: 5, description: 'Результатов, которые заменятся' }) toUpdate: number;
  @ApiProperty({ example: 3, description: 'Результатов без изменений' }) unchanged: number;
  @ApiProperty({ example: 0, description: 'Ошибочных строк (список — GET …/errors)' }) errorCount: number;
  @ApiProperty({ type: [String], description: 'Ошибки файла целиком' }) fileErrors: string[];
  @ApiProperty({ nullable: true, type: String, description: 'Причина сбоя, если импорт не удалось выполнить' }) failure: string | null;
  @ApiProperty({ format: 'uuid' }) createdById: string;
  @ApiProperty() createdAt: string;
  @ApiProperty({ nullable: true, type: String }) validatedAt: string | null;
  @ApiProperty({ nullable: true, type: String }) appliedAt: string | null;
}
