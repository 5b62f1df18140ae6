import { Body, Controller, Get, Patch, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, ApiPageResponse, Authenticated, CurrentActor, IdParam, Page, Permission } from '@sopr/server-core';
import { RecommendationDto, RecommendationQueryDto, UpdateRecommendationDto } from './recommendation.dto';
import { RecommendationsService } from './recommendations.service';

@ApiTags('monitoring')
@Controller('recommendations')
export class RecommendationsController {
  constructor(private readonly recommendations: RecommendationsService) {}

  @Get()
  @Authenticated({ permission: Permission.RECOMMENDATIONS })
  @ApiOperation({ operationId: 'listRecommendations', summary: 'Рекомендации в области доступа: педагогу — его, школе — её и её педагогов, муниципалитету — все' })
  @ApiPageResponse(RecommendationDto)
  list(@CurrentActor() actor: Actor, @Query() query: RecommendationQueryDto): Promise<Page<RecommendationDto>> {
    return this.recommendations.list(actor, query);
  }

  @Get(':id')
  @Authenticated({ permission: Permission.RECOMMENDATIONS })
  @ApiOperation({ operationId: 'getRecommendation', summary: 'Рекомендация' })
  @ApiOkResponse({ type: RecommendationDto })
  get(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<RecommendationDto> {
    return this.recommendations.get(actor, id);
  }

  @Patch(':id')
  @Authenticated({ permission: Permission.RECOMMENDATIONS })
  @ApiOperation({ operationId: 'updateRecommendation', summary: 'Адресат принимает, выполняет или отклоняет (с причиной) рекомендацию' })
  @ApiOkResponse({ type: RecommendationDto })
  update(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: UpdateRecommendationDto): Promise<RecommendationDto> {
    return this.recommendations.update(actor, id, dto);
  }
}
