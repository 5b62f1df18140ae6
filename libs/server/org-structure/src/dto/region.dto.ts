import { ApiProperty, PartialType } from '@nestjs/swagger';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { Region } from '../region.entity';

export class CreateRegionDto {
  @ApiProperty({ example: '43', description: 'Код субъекта РФ' })
  @IsString() @Matches(/^\d{2,3}$/, { context: { message: 'Код субъекта — 2–3 цифры' } })
  code: string;

  @ApiProperty({ example: 'Кировская область', maxLength: 200 })
  @IsString() @IsNotEmpty() @MaxLength(200)
  name: string;
}

export class UpdateRegionDto extends PartialType(CreateRegionDto) {}

export class RegionDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: '43' }) code: string;
  @ApiProperty({ example: 'Кировская область' }) name: string;

  static from(region: Region): RegionDto {
    return { id: region.id, code: region.code, name: region.name };
  }
}
