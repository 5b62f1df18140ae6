import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { CompetenceArea, FrameworkStatus } from '@sopr/shared';
import { Competence } from './competence.entity';
import { CompetenceFramework } from './competence-framework.entity';

export class FrameworkDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'null — общая (федеральная) версия' }) regionId: string | null;
  @ApiProperty({ example: 1 }) version: number;
  @ApiProperty() name: string;
  @ApiProperty({ enum: FrameworkStatus, enumName: 'FrameworkStatus' }) status: FrameworkStatus;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) publishedAt: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) basedOnId: string | null;

  static from(f: CompetenceFramework): FrameworkDto {
    return { id: f.id, regionId: f.regionId, version: f.version, name: f.name, status: f.status, publishedAt: f.publishedAt?.toISOString() ?? null, basedOnId: f.basedOnId };
  }
}

export class CompetenceDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) parentId: string | null;
  @ApiProperty({ example: 'PROF.METHODICAL', description: 'Код, постоянный между версиями' }) code: string;
  @ApiProperty({ example: 'Методическая компетенция' }) name: string;
  @ApiProperty({ enum: CompetenceArea, enumName: 'CompetenceArea' }) area: CompetenceArea;
  @ApiProperty() sortOrder: number;

  static from(c: Competence): CompetenceDto {
    return { id: c.id, parentId: c.parentId, code: c.code, name: c.name, area: c.area, sortOrder: c.sortOrder };
  }
}

export class FrameworkDetailDto extends FrameworkDto {
  @ApiProperty({ type: [CompetenceDto], description: 'Узлы дерева по порядку; родитель — parentId' }) competences: CompetenceDto[];
}

export class FrameworkInForceQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Регион; по умолчанию — свой' }) @IsOptional() @IsUUID() regionId?: string;
}

export class CreateFrameworkDraftDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Регион; не указан — общая версия (только администратор системы)' })
  @IsOptional() @IsUUID()
  regionId?: string;

  @ApiPropertyOptional({ maxLength: 200 }) @IsOptional() @IsString() @IsNotEmpty() @MaxLength(200) name?: string;
}

export class CreateCompetenceDto {
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String, description: 'Родитель; не указан — корень дерева' })
  @IsOptional() @IsUUID()
  parentId?: string | null;

  @ApiProperty({ maxLength: 300, example: 'Оценивание образовательных результатов' }) @IsString() @IsNotEmpty() @MaxLength(300) name: string;

  @ApiPropertyOptional({ example: 'PROF.METHODICAL.ASSESSMENT', description: 'Латиница, цифры, «.», «_», «-»; по умолчанию создаётся' })
  @IsOptional() @IsString() @Matches(/^[A-Z0-9._-]{1,40}$/, { message: 'Код: заглавная латиница, цифры, «.», «_» или «-», до 40 знаков' })
  code?: string;

  @ApiPropertyOptional({ enum: CompetenceArea, enumName: 'CompetenceArea', description: 'По умолчанию — как у родителя' })
  @IsOptional() @IsEnum(CompetenceArea)
  area?: CompetenceArea;

  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(32000) sortOrder?: number;
}

export class UpdateCompetenceDto {
  @ApiPropertyOptional({ maxLength: 300 }) @IsOptional() @IsString() @IsNotEmpty() @MaxLength(300) name?: string;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(32000) sortOrder?: number;
}
