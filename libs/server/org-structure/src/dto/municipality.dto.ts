import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { PageQueryDto } from '@sopr/server-core';
import { Municipality } from '../municipality.entity';

export class CreateMunicipalityDto {
  @ApiProperty({ format: 'uuid', description: 'Регион' })
  @IsUUID()
  regionId: string;

  @ApiProperty({ example: 'Верхнекамский муниципальный округ', maxLength: 200 })
  @IsString() @IsNotEmpty() @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ example: '33607000', nullable: true, type: String, description: 'Код ОКТМО' })
  @IsOptional() @Matches(/^\d{8}(\d{3})?$/, { context: { message: 'ОКТМО — 8 или 11 цифр' } })
  oktmo?: string | null;
}

export class UpdateMunicipalityDto extends PartialType(OmitType(CreateMunicipalityDto, ['regionId'] as const)) {}

export class MunicipalityQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID()
  regionId?: string;
}

export class MunicipalityDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) regionId: string;
  @ApiProperty({ example: 'Верхнекамский муниципальный округ' }) name: string;
  @ApiProperty({ nullable: true, type: String }) oktmo: string | null;

  static from(m: Municipality): MunicipalityDto {
    return { id: m.id, regionId: m.regionId, name: m.name, oktmo: m.oktmo };
  }
}
