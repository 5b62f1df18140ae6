import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, Authenticated, CurrentActor, Permission } from '@sopr/server-core';
import { MySelfAssessmentsDto, QuestionnaireDto, SaveSelfAssessmentDto, SelfAssessmentDto } from './self-assessment.dto';
import { SelfAssessmentService } from './self-assessment.service';

@ApiTags('diagnostics')
@Controller('self-assessment')
export class SelfAssessmentController {
  constructor(private readonly selfAssessment: SelfAssessmentService) {}

  @Get('questionnaire')
  @Authenticated({ permission: Permission.DIAGNOSTICS_READ })
  @ApiOperation({ operationId: 'getSelfAssessmentQuestionnaire', summary: 'Действующая анкета самодиагностики (профстандарт «Педагог»)' })
  @ApiOkResponse({ type: QuestionnaireDto })
  questionnaire(): Promise<QuestionnaireDto> {
    return this.selfAssessment.questionnaire();
  }

  @Get('mine')
  @Authenticated({ permission: Permission.SELF_ASSESSMENT })
  @ApiOperation({ operationId: 'getMySelfAssessments', summary: 'Моя самодиагностика: черновик и отправленные анкеты' })
  @ApiOkResponse({ type: MySelfAssessmentsDto })
  mine(@CurrentActor() actor: Actor): Promise<MySelfAssessmentsDto> {
    return this.selfAssessment.mine(actor);
  }

  @Put('mine')
  @Authenticated({ permission: Permission.SELF_ASSESSMENT })
  @ApiOperation({ operationId: 'saveMySelfAssessment', summary: 'Сохранить ответы (продолжить можно позже)' })
  @ApiOkResponse({ type: SelfAssessmentDto })
  save(@CurrentActor() actor: Actor, @Body() dto: SaveSelfAssessmentDto): Promise<SelfAssessmentDto> {
    return this.selfAssessment.save(actor, dto);
  }

  @Post('mine/submit')
  @HttpCode(200)
  @Authenticated({ permission: Permission.SELF_ASSESSMENT })
  @ApiOperation({ operationId: 'submitMySelfAssessment', summary: 'Отправить анкету: результат вида «Самодиагностика» и дефициты' })
  @ApiOkResponse({ type: SelfAssessmentDto })
  submit(@CurrentActor() actor: Actor): Promise<SelfAssessmentDto> {
    return this.selfAssessment.submit(actor);
  }
}
