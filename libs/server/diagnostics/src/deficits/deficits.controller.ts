import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, ApiPageResponse, Authenticated, CurrentActor, IdParam, Page, Permission } from '@sopr/server-core';
import { DeficitDto, DeficitQueryDto, StaffDiagnosticsDto } from './deficit.dto';
import { DeficitsService } from './deficits.service';

@ApiTags('diagnostics')
@Controller()
export class DeficitsController {
  constructor(private readonly deficits: DeficitsService) {}

  @Get('deficits')
  @Authenticated({ permission: Permission.DIAGNOSTICS_READ })
  @ApiOperation({ operationId: 'listDeficits', summary: 'Профессиональные дефициты (выводятся из результатов); расшифровка банка затруднений' })
  @ApiPageResponse(DeficitDto)
  list(@CurrentActor() actor: Actor, @Query() query: DeficitQueryDto): Promise<Page<DeficitDto>> {
    return this.deficits.list(actor, query);
  }

  @Get('staff/:id/diagnostics')
  @Authenticated({ permission: Permission.DIAGNOSTICS_READ })
  @ApiOperation({ operationId: 'getStaffDiagnostics', summary: 'Диагностика педагога: результаты, динамика по компетенциям, дефициты' })
  @ApiOkResponse({ type: StaffDiagnosticsDto })
  ofStaff(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<StaffDiagnosticsDto> {
    return this.deficits.ofStaff(actor, id);
  }
}
