import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, Authenticated, CurrentActor, IdParam, Permission } from '@sopr/server-core';
import { MonitoringScheduleDto, PutMonitoringScheduleDto } from './monitoring-schedule.dto';
import { MonitoringSchedulesService } from './monitoring-schedules.service';

@ApiTags('monitoring')
@Controller('monitoring-schedules')
export class MonitoringSchedulesController {
  constructor(private readonly schedules: MonitoringSchedulesService) {}

  @Get()
  @Authenticated({ permission: Permission.MONITORING_READ })
  @ApiOperation({ operationId: 'listMonitoringSchedules', summary: 'Расписания мониторинга муниципалитетов в области доступа (своё или по умолчанию)' })
  @ApiOkResponse({ type: [MonitoringScheduleDto] })
  list(@CurrentActor() actor: Actor): Promise<MonitoringScheduleDto[]> {
    return this.schedules.list(actor);
  }

  @Put(':id')
  @Authenticated({ permission: Permission.MONITORING_RUN })
  @ApiOperation({ operationId: 'putMonitoringSchedule', summary: 'Задать расписание мониторинга муниципалитета (id — муниципалитет); вступает в силу сразу' })
  @ApiOkResponse({ type: MonitoringScheduleDto })
  put(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: PutMonitoringScheduleDto): Promise<MonitoringScheduleDto> {
    return this.schedules.put(actor, id, dto);
  }
}
