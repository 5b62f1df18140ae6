import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ApiKey } from '../api-keys/api-key.entity';

export class CreateApiKeyDto {
  @ApiProperty({ example: 'Региональный портал «Педагог43»', maxLength: 120 })
  @IsString() @IsNotEmpty() @MaxLength(120)
  name: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Регион (для ключа на весь регион)' })
  @IsOptional() @IsUUID()
  regionId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Муниципалитет (для ключа одного муниципалитета)' })
  @IsOptional() @IsUUID()
  municipalityId?: string;
}

export class ApiKeyDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: 'sopr_3f9a1c0b7d', description: 'Начало ключа, по которому его можно узнать' }) prefix: string;
  @ApiProperty({ format: 'uuid' }) regionId: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) municipalityId: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) revokedAt: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) lastUsedAt: string | null;

  static from(key: ApiKey): ApiKeyDto {
    return {
      id: key.id, name: key.name, prefix: `sopr_${key.prefix}`, regionId: key.regionId, municipalityId: key.municipalityId,
      createdAt: key.createdAt.toISOString(), revokedAt: key.revokedAt?.toISOString() ?? null, lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
    };
  }
}

export class CreatedApiKeyDto extends ApiKeyDto {
  @ApiProperty({ description: 'Ключ целиком. Показывается один раз: сохраните его сразу.' })
  key: string;
}
