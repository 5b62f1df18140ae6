import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, Authenticated, CurrentActor, IdParam, Permission } from '@sopr/server-core';
import {
  CompetenceDto, CreateCompetenceDto, CreateFrameworkDraftDto, FrameworkDetailDto, FrameworkDto, FrameworkInForceQueryDto, UpdateCompetenceDto,
} from './framework.dto';
import { FrameworksService } from './frameworks.service';

@ApiTags('diagnostics')
@Controller('competence-frameworks')
export class FrameworksController {
  constructor(private readonly frameworks: FrameworksService) {}

  @Get()
  @Authenticated({ permission: Permission.DIAGNOSTICS_READ })
  @ApiOperation({ operationId: 'listCompetenceFrameworks', summary: 'Версии рамки компетенций: общие и своего региона' })
  @ApiOkResponse({ type: [FrameworkDto] })
  list(@CurrentActor() actor: Actor): Promise<FrameworkDto[]> {
    return this.frameworks.list(actor);
  }

  @Get('in-force')
  @Authenticated({ permission: Permission.DIAGNOSTICS_READ })
  @ApiOperation({ operationId: 'getCompetenceFrameworkInForce', summary: 'Действующая версия рамки компетенций региона' })
  @ApiOkResponse({ type: FrameworkDetailDto })
  inForce(@CurrentActor() actor: Actor, @Query() query: FrameworkInForceQueryDto): Promise<FrameworkDetailDto> {
    return this.frameworks.inForce(actor, query.regionId);
  }

  @Get(':id')
  @Authenticated({ permission: Permission.DIAGNOSTICS_READ })
  @ApiOperation({ operationId: 'getCompetenceFramework', summary: 'Версия рамки компетенций с деревом' })
  @ApiOkResponse({ type: FrameworkDetailDto })
  get(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<FrameworkDetailDto> {
    return this.frameworks.get(actor, id);
  }

  @Post()
  @Authenticated({ permission: Permission.COMPETENCE_FRAMEWORK_WRITE })
  @ApiOperation({ operationId: 'createCompetenceFrameworkDraft', summary: 'Черновик новой версии (копия действующей)' })
  @ApiCreatedResponse({ type: FrameworkDetailDto })
  createDraft(@CurrentActor() actor: Actor, @Body() dto: CreateFrameworkDraftDto): Promise<FrameworkDetailDto> {
    return this.frameworks.createDraft(actor, dto);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @Authenticated({ permission: Permission.COMPETENCE_FRAMEWORK_WRITE })
  @ApiOperation({ operationId: 'publishCompetenceFramework', summary: 'Опубликовать черновик: новые процедуры будут использовать его' })
  @ApiOkResponse({ type: FrameworkDetailDto })
  publish(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<FrameworkDetailDto> {
    return this.frameworks.publish(actor, id);
  }

  @Delete(':id')
  @HttpCode(204)
  @Authenticated({ permission: Permission.COMPETENCE_FRAMEWORK_WRITE })
  @ApiOperation({ operationId: 'deleteCompetenceFrameworkDraft', summary: 'Удалить черновик' })
  @ApiNoContentResponse()
  removeDraft(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<void> {
    return this.frameworks.removeDraft(actor, id);
  }

  @Post(':id/competences')
  @Authenticated({ permission: Permission.COMPETENCE_FRAMEWORK_WRITE })
  @ApiOperation({ operationId: 'addCompetence', summary: 'Добавить компетенцию в черновик' })
  @ApiCreatedResponse({ type: CompetenceDto })
  addCompetence(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: CreateCompetenceDto): Promise<CompetenceDto> {
    return this.frameworks.addCompetence(actor, id, dto);
  }

  @Patch(':id/competences/:competenceId')
  @Authenticated({ permission: Permission.COMPETENCE_FRAMEWORK_WRITE })
  @ApiOperation({ operationId: 'updateCompetence', summary: 'Изменить компетенцию черновика' })
  @ApiOkResponse({ type: CompetenceDto })
  updateCompetence(@CurrentActor() actor: Actor, @IdParam() id: string, @IdParam('competenceId') competenceId: string, @Body() dto: UpdateCompetenceDto): Promise<CompetenceDto> {
    return this.frameworks.updateCompetence(actor, id, competenceId, dto);
  }

  @Delete(':id/competences/:competenceId')
  @HttpCode(204)
  @Authenticated({ permission: Permission.COMPETENCE_FRAMEWORK_WRITE })
  @ApiOperation({ operationId: 'deleteCompetence', summary: 'Удалить компетенцию черновика (с подчинёнными)' })
  @ApiNoContentResponse()
  removeCompetence(@CurrentActor() actor: Actor, @IdParam() id: string, @IdParam('competenceId') competenceId: string): Promise<void> {
    return this.frameworks.removeCompetence(actor, id, competenceId);
  }
}
