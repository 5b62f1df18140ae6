import { Body, Controller, Delete, Get, HttpCode, Put, Query } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, Authenticated, CurrentActor, IdParam, Permission } from '@sopr/server-core';
import { IndicatorTargetDto, IndicatorTargetQueryDto, PutIndicatorTargetDto } from './indicator-target.dto';
import { IndicatorTargetsService } from './indicator-targets.service';

@ApiTags('monitoring')
@Controller('indicator-targets')
export class IndicatorTargetsController {
  constructor(private readonly targets: IndicatorTargetsService) {}

  @Get()
  @Authenticated({ permission: Permission.MONITORING_READ })
  @ApiOperation({ operationId: 'listIndicatorTargets', summary: 'Целевые значения показателей: муниципалитета и региона' })
  @ApiOkResponse({ type: [IndicatorTargetDto] })
  list(@CurrentActor() actor: Actor, @Query() query: IndicatorTargetQueryDto): Promise<IndicatorTargetDto[]> {
    return this.targets.list(actor, query);
  }

  @Put()
  @Authenticated({ permission: Permission.TARGETS_WRITE })
  @ApiOperation({ operationId: 'putIndicatorTarget', summary: 'Задать цель показателя на год для муниципалитета или всего региона (заменяет прежнюю)' })
  @ApiOkResponse({ type: IndicatorTargetDto })
  put(@CurrentActor() actor: Actor, @Body() dto: PutIndicatorTargetDto): Promise<IndicatorTargetDto> {
    return this.targets.put(actor, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @Authenticated({ permission: Permission.TARGETS_WRITE })
  @ApiOperation({ operationId: 'deleteIndicatorTarget', summary: 'Удалить цель' })
  @ApiNoContentResponse()
  remove(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<void> {
    return this.targets.remove(actor, id);
  }
}
