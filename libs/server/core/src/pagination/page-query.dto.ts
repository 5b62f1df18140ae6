import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

export const MAX_PAGE_SIZE = 100;

/** The one pagination and sorting convention: ?limit=&offset=&sort=field or sort=-field. */
export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 20, description: 'Размер страницы (не больше 100)' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(MAX_PAGE_SIZE)
  limit: number = 20;

  @ApiPropertyOptional({ minimum: 0, default: 0, description: 'Сколько записей пропустить' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(0)
  offset: number = 0;

  @ApiPropertyOptional({ description: 'Поле сортировки; «-» перед именем — по убыванию', example: 'name' })
  @IsOptional() @IsString() @Matches(/^-?[a-zA-Z]+$/) @MaxLength(64)
  sort?: string;

  @ApiPropertyOptional({ description: 'Поиск по тексту', maxLength: 200 })
  @IsOptional() @IsString() @MaxLength(200)
  q?: string;
}
