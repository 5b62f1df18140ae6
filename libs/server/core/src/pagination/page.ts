import { Type as NestType, applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { fieldError } from '../errors/app-error';
import { PageQueryDto } from './page-query.dto';

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

export class PageMetaDto {
  @ApiProperty({ example: 42 }) total: number;
  @ApiProperty({ example: 20 }) limit: number;
  @ApiProperty({ example: 0 }) offset: number;
}

/** Documents `Page<Dto>` in OpenAPI. */
export function ApiPageResponse(dto: NestType<unknown>) {
  return applyDecorators(
    ApiExtraModels(PageMetaDto, dto),
    ApiOkResponse({
      schema: {
        allOf: [
          { $ref: getSchemaPath(PageMetaDto) },
          { type: 'object', required: ['items'], properties: { items: { type: 'array', items: { $ref: getSchemaPath(dto) } } } },
        ],
      },
    }),
  );
}

/**
 * Applies sort (from an allow-list: API name → SQL column), limit and offset, and runs the query
 * with its count. An unknown sort field is a 400 naming `sort`.
 */
export async function paginate<E extends ObjectLiteral, D>(
  query: SelectQueryBuilder<E>,
  page: PageQueryDto,
  sortable: Record<string, string | [string, ...string[]]>,
  defaultSort: string,
  toDto: (entity: E) => D,
): Promise<Page<D>> {
  const sort = page.sort ?? defaultSort;
  const descending = sort.startsWith('-');
  const key = sortable[descending ? sort.slice(1) : sort];
  if (!key) {
    throw fieldError('sort', `Сортировка возможна по полям: ${Object.keys(sortable).join(', ')}`);
  }
  // A key may bring its own tie-breakers after its column ('-' before one: descending).
  const [column, ...ties] = Array.isArray(key) ? key : [key];
  query.orderBy(column, descending ? 'DESC' : 'ASC');
  for (const tie of ties) query.addOrderBy(tie.replace(/^-/, ''), tie.startsWith('-') ? 'DESC' : 'ASC');
  const [rows, total] = await query
    .addOrderBy(`${query.alias}.id`, 'ASC')
    .take(page.limit)
    .skip(page.offset)
    .getManyAndCount();
  return { items: rows.map(toDto), total, limit: page.limit, offset: page.offset };
}

/**
 * The same convention for lists whose rows are expensive to build (derived values, aggregates per
 * row): the filtered query only counts and picks the page's ids in order; `load` then builds the
 * rows for those ids alone, and they are returned in the page's order. The query must yield one row
 * per entity (no joins to many): both the page and the total are taken over its rows.
 */
export async function paginateByIds<E extends ObjectLiteral, D extends { id: string }>(
  query: SelectQueryBuilder<E>,
  page: PageQueryDto,
  sortable: Record<string, string>,
  defaultSort: string,
  load: (ids: string[]) => Promise<D[]>,
): Promise<Page<D>> {
  const sort = page.sort ?? defaultSort;
  const descending = sort.startsWith('-');
  const column = sortable[descending ? sort.slice(1) : sort];
  if (!column) {
    throw fieldError('sort', `Сортировка возможна по полям: ${Object.keys(sortable).join(', ')}`);
  }
  const alias = query.alias;
  const [count, idRows] = await Promise.all([
    query.clone().select('COUNT(*)', 'total').orderBy().getRawOne<{ total: string }>(),
    query.clone().select(`${alias}.id`, 'id').orderBy(column, descending ? 'DESC' : 'ASC').addOrderBy(`${alias}.id`, 'ASC').limit(page.limit).offset(page.offset).getRawMany<{ id: string }>(),
  ]);
  const ids = idRows.map((row) => row.id);
  const byId = new Map((ids.length > 0 ? await load(ids) : []).map((item) => [item.id, item]));
  const total = Number(count?.total ?? 0);
  return { items: ids.map((id) => byId.get(id)).filter((item): item is D => item !== undefined), total, limit: page.limit, offset: page.offset };
}
