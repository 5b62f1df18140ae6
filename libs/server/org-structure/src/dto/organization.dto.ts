import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { PageQueryDto, QueryBoolean } from '@sopr/server-core';
import { OrganizationKind } from '@sopr/shared';
import { Organization } from '../organization.entity';

export class CreateOrganizationDto {
  @ApiProperty({ format: 'uuid', description: 'Муниципалитет' })
  @IsUUID()
  municipalityId: string;

  @ApiProperty({ example: 'МКОУ СОШ № 1 г. Кирс', maxLength: 300 })
  @IsString() @IsNotEmpty() @MaxLength(300)
  name: string;

  @ApiPropertyOptional({ example: 'СОШ № 1', nullable: true, type: String, maxLength: 120 })
  @IsOptional() @IsString() @MaxLength(120)
  shortName?: string | null;

  @ApiProperty({ enum: OrganizationKind, enumName: 'OrganizationKind', example: OrganizationKind.SCHOOL })
  @IsEnum(OrganizationKind)
  kind: OrganizationKind;

  @ApiPropertyOptional({ example: '4305003860', nullable: true, type: String, description: 'ИНН (10 цифр)' })
  @IsOptional() @Matches(/^\d{10}$/, { context: { message: 'ИНН организации — 10 цифр' } })
  inn?: string | null;

  @ApiPropertyOptional({ example: 'г. Кирс, ул. Ленина, 1', nullable: true, type: String, maxLength: 300 })
  @IsOptional() @IsString() @MaxLength(300)
  address?: string | null;

  @ApiPropertyOptional({ example: 'portal-1001', nullable: true, type: String, description: 'Идентификатор во внешней системе' })
  @IsOptional() @IsString() @MaxLength(64)
  externalId?: string | null;
}

export class UpdateOrganizationDto extends PartialType(OmitType(CreateOrganizationDto, ['municipalityId'] as const)) {
  @ApiPropertyOptional({ example: true })
  @IsOptional() @IsBoolean()
  active?: boolean;
}


export class OrganizationQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional() @IsUUID()
  municipalityId?: string;

  @ApiPropertyOptional({ enum: OrganizationKind, enumName: 'OrganizationKind' })
  @IsOptional() @IsEnum(OrganizationKind)
  kind?: OrganizationKind;

  @ApiPropertyOptional({ type: Boolean })
  @IsOptional() @QueryBoolean() @IsBoolean()
  active?: boolean;
}

export class OrganizationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) regionId: string;
  @ApiProperty({ format: 'uuid' }) municipalityId: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) shortName: string | null;
  @ApiProperty({ enum: OrganizationKind, enumName: 'OrganizationKind' }) kind: OrganizationKind;
  @ApiProperty({ nullable: true, type: String }) inn: string | null;
  @ApiProperty({ nullable: true, type: String }) address: string | null;
  @ApiProperty({ nullable: true, type: String }) externalId: string | null;
  @ApiProperty() active: boolean;

  static from(o: Organization): OrganizationDto {
    return {
      id: o.id, regionId: o.regionId, municipalityId: o.municipalityId, name: o.name, shortName: o.shortName,
      kind: o.kind, inn: o.inn, address: o.address, externalId: o.externalId, active: o.active,
    };
  }
}
