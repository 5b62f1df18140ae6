import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { Authenticated, NotFoundError } from '@sopr/server-core';
import { INDICATORS, indicatorByCode } from './catalogue';
import { IndicatorDefinition } from './indicator-definition';
import { IndicatorDto } from './indicator.dto';

const toDto = (d: IndicatorDefinition): IndicatorDto => ({
  code: d.code, name: d.name, group: d.group, unit: d.unit, direction: d.direction, numerator: d.numeratorText, denominator: d.denominatorText, seeds: d.seeds,
  breakdowns: (d.breakdowns ?? []).map((b) => b.kind),
});

/** The indicator catalogue: the same for every region, read by everyone signed in. */
@ApiTags('indicators')
@Controller('indicators')
export class IndicatorsController {
  @Get()
  @Authenticated()
  @ApiOperation({ operationId: 'listIndicators', summary: 'Каталог показателей мониторинга: определения, единицы, направление, источники' })
  @ApiOkResponse({ type: [IndicatorDto] })
  list(): IndicatorDto[] {
    return INDICATORS.map(toDto);
  }

  @Get(':code')
  @Authenticated()
  @ApiOperation({ operationId: 'getIndicator', summary: 'Определение показателя' })
  @ApiParam({ name: 'code', example: 'DIAG_COVERAGE' })
  @ApiOkResponse({ type: IndicatorDto })
  get(@Param('code') code: string): IndicatorDto {
    const definition = indicatorByCode(code);
    if (!definition) throw new NotFoundError(`Показателя с кодом ${code} нет в каталоге`);
    return toDto(definition);
  }
}
