import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsDateString, IsOptional } from 'class-validator';
import { Actor, ApiPageResponse, Authenticated, CurrentActor, FILE_CONTENT_TYPES, IdParam, fileBody, Page, Permission, XLSX_MIME, sendXlsx } from '@sopr/server-core';
import { StaffImportQueryDto, StaffImportReportDto } from './dto/staff-import.dto';
import { StaffImportService } from './import/staff-import.service';
import { StaffBatchService } from './import/staff-batch.service';
import { EventsService } from './events/events.service';
import { ParticipationDto } from './events/event.dto';
import { StaffBatchDto, StaffBatchResultDto, StaffChangesDto, StaffChangesQueryDto } from './dto/staff-batch.dto';
import { COMPOSITION_EXPORT_COLUMNS, STAFF_EXPORT_COLUMNS } from './staff-export.columns';
import { CompositionQueryDto, CompositionReportDto } from './dto/composition.dto';
import { StaffCompositionService } from './staff-composition.service';
import {
  CreateStaffMemberDto, StaffExportQueryDto, StaffMemberDto, StaffMemberListItemDto, StaffQueryDto, StaffSnilsDto, SubjectDto, UpdateStaffContactsDto, UpdateStaffMemberDto,
} from './dto/staff-member.dto';
import { CreateTrainingRecordDto, TrainingRecordDto, UpdateTrainingRecordDto } from './dto/training-record.dto';
import { StaffService, today } from './staff.service';
import { TrainingsService } from './trainings.service';

export class AsOfQueryDto {
  @ApiPropertyOptional({ example: '2026-09-01', description: 'Дата расчёта возраста, стажа, категории (по умолчанию сегодня)' })
  @IsOptional() @IsDateString({ strict: true })
  asOf?: string;
}

@ApiTags('subjects')
@Controller('subjects')
export class SubjectsController {
  constructor(private readonly staff: StaffService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ operationId: 'listSubjects', summary: 'Справочник учебных предметов' })
  @ApiOkResponse({ type: [SubjectDto] })
  list(): Promise<SubjectDto[]> {
    return this.staff.subjects();
  }
}

@ApiTags('staff')
@Controller('staff')
export class StaffController {
  constructor(
    private readonly staff: StaffService,
    private readonly trainings: TrainingsService,
    private readonly composition: StaffCompositionService,
    private readonly imports: StaffImportService,
    private readonly batches: StaffBatchService,
    private readonly events: EventsService,
  ) {}

  @Post('batch')
  @HttpCode(200)
  @Authenticated({ permission: Permission.STAFF_BATCH_WRITE })
  @ApiOperation({ operationId: 'upsertStaffBatch', summary: 'Пакетная загрузка работников порталом: до 1000 записей по внешнему id, результат по каждой' })
  @ApiOkResponse({ type: StaffBatchResultDto })
  upsertBatch(@CurrentActor() actor: Actor, @Body() batch: StaffBatchDto): Promise<StaffBatchResultDto> {
    return this.batches.upsert(actor, batch);
  }

  @Get('changes')
  @Authenticated({ permission: Permission.STAFF_READ })
  @ApiOperation({ operationId: 'listStaffChanges', summary: 'Лента изменений работников (курсор по времени изменения), включая уволенных' })
  @ApiOkResponse({ type: StaffChangesDto })
  changes(@CurrentActor() actor: Actor, @Query() query: StaffChangesQueryDto): Promise<StaffChangesDto> {
    return this.batches.changes(actor, query);
  }

  @Get('imports/template.xlsx')
  @Authenticated({ permission: Permission.STAFF_WRITE })
  @ApiOperation({ operationId: 'getStaffImportTemplate', summary: 'Шаблон файла импорта педагогов (XLSX, русские заголовки, строка-пример)' })
  @ApiProduces(XLSX_MIME)
  @ApiOkResponse({ content: { [XLSX_MIME]: { schema: { type: 'string', format: 'binary' } } } })
  async importTemplate(@Res() reply: FastifyReply): Promise<void> {
    const columns = this.imports.template();
    await sendXlsx(reply, 'шаблон-импорта-педагогов.xlsx', 'Педагоги', columns.map((c) => ({ header: c.header, width: Math.max(14, c.header.length + 2), value: (row: string[]) => row[columns.indexOf(c)] })), (async function* () { yield [columns.map((c) => c.example)]; })());
  }

  @Post('imports/dry-run')
  @HttpCode(200)
  @Authenticated({ permission: Permission.STAFF_WRITE })
  @ApiOperation({ operationId: 'dryRunStaffImport', summary: 'Проверить файл импорта (XLSX или CSV): ошибки по строкам и что будет создано, изменено, оставлено' })
  @ApiConsumes(...FILE_CONTENT_TYPES)
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiOkResponse({ type: StaffImportReportDto })
  dryRunImport(@CurrentActor() actor: Actor, @Query() query: StaffImportQueryDto, @Body() file: Buffer): Promise<StaffImportReportDto> {
    return this.imports.dryRun(actor, fileBody(file), query.organizationId);
  }

  @Post('imports/commit')
  @HttpCode(200)
  @Authenticated({ permission: Permission.STAFF_WRITE })
  @ApiOperation({ operationId: 'commitStaffImport', summary: 'Применить файл импорта: всё в одной транзакции или ничего' })
  @ApiConsumes(...FILE_CONTENT_TYPES)
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiOkResponse({ type: StaffImportReportDto })
  commitImport(@CurrentActor() actor: Actor, @Query() query: StaffImportQueryDto, @Body() file: Buffer): Promise<StaffImportReportDto> {
    return this.imports.commit(actor, fileBody(file), query.organizationId);
  }

  @Get('composition')
  @Authenticated({ permission: Permission.STAFF_READ })
  @ApiOperation({ operationId: 'getStaffComposition', summary: 'Кадровый состав (ОО-1, РИК-83): по организациям, муниципалитетам и региону на дату' })
  @ApiOkResponse({ type: CompositionReportDto })
  compositionReport(@CurrentActor() actor: Actor, @Query() query: CompositionQueryDto): Promise<CompositionReportDto> {
    return this.composition.report(actor, query);
  }

  @Get('composition.xlsx')
  @Authenticated({ permission: Permission.STAFF_READ })
  @ApiOperation({ operationId: 'exportStaffComposition', summary: 'Кадровый состав в XLSX' })
  @ApiProduces(XLSX_MIME)
  @ApiOkResponse({ content: { [XLSX_MIME]: { schema: { type: 'string', format: 'binary' } } } })
  async compositionExport(@CurrentActor() actor: Actor, @Query() query: CompositionQueryDto, @Res() reply: FastifyReply): Promise<void> {
    const report = await this.composition.report(actor, query);
    await sendXlsx(reply, `кадровый-состав-${report.asOf}.xlsx`, 'Кадровый состав', COMPOSITION_EXPORT_COLUMNS, (async function* () { yield report.rows; })());
  }

  @Get()
  @Authenticated({ permission: Permission.STAFF_READ })
  @ApiOperation({ operationId: 'listStaff', summary: 'Педагогические работники: фильтры, сортировка, страницы' })
  @ApiPageResponse(StaffMemberListItemDto)
  list(@CurrentActor() actor: Actor, @Query() query: StaffQueryDto): Promise<Page<StaffMemberListItemDto>> {
    return this.staff.list(actor, query);
  }

  @Get('export.xlsx')
  @Authenticated({ permission: Permission.STAFF_READ })
  @ApiOperation({ operationId: 'exportStaff', summary: 'Выгрузка отфильтрованного списка в XLSX (все страницы)' })
  @ApiProduces(XLSX_MIME)
  @ApiOkResponse({ content: { [XLSX_MIME]: { schema: { type: 'string', format: 'binary' } } } })
  async export(@CurrentActor() actor: Actor, @Query() query: StaffExportQueryDto, @Res() reply: FastifyReply): Promise<void> {
    const date = query.asOf ?? today();
    await sendXlsx(reply, `педагоги-${date}.xlsx`, 'Педагоги', STAFF_EXPORT_COLUMNS, this.staff.exportRows(actor, query));
  }

  @Get(':id')
  @Authenticated({ permission: Permission.STAFF_READ })
  @ApiOperation({ operationId: 'getStaffMember', summary: 'Карточка работника' })
  @ApiOkResponse({ type: StaffMemberDto })
  get(@CurrentActor() actor: Actor, @IdParam() id: string, @Query() query: AsOfQueryDto): Promise<StaffMemberDto> {
    return this.staff.get(actor, id, query.asOf);
  }

  @Post()
  @Authenticated({ permission: Permission.STAFF_WRITE })
  @ApiOperation({ operationId: 'createStaffMember', summary: 'Добавить работника' })
  @ApiCreatedResponse({ type: StaffMemberDto })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateStaffMemberDto): Promise<StaffMemberDto> {
    return this.staff.create(actor, dto);
  }

  @Patch(':id')
  @Authenticated({ permission: Permission.STAFF_WRITE })
  @ApiOperation({ operationId: 'updateStaffMember', summary: 'Изменить работника (увольнение — dismissedOn)' })
  @ApiOkResponse({ type: StaffMemberDto })
  update(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: UpdateStaffMemberDto): Promise<StaffMemberDto> {
    return this.staff.update(actor, id, dto);
  }

  @Patch(':id/contacts')
  @Authenticated({ permission: Permission.STAFF_CONTACTS_EDIT })
  @ApiOperation({ operationId: 'updateStaffContacts', summary: 'Изменить контакты (педагог — в своей карточке)' })
  @ApiOkResponse({ type: StaffMemberDto })
  updateContacts(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: UpdateStaffContactsDto): Promise<StaffMemberDto> {
    return this.staff.updateContacts(actor, id, dto);
  }

  @Get(':id/snils')
  @Authenticated({ permission: Permission.STAFF_SNILS_READ })
  @ApiOperation({ operationId: 'getStaffSnils', summary: 'Полный СНИЛС (чтение записывается в журнал)' })
  @ApiOkResponse({ type: StaffSnilsDto })
  snils(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<StaffSnilsDto> {
    return this.staff.snils(actor, id);
  }

  @Get(':id/events')
  @Authenticated({ permission: Permission.STAFF_READ })
  @ApiOperation({ operationId: 'listStaffEvents', summary: 'Участие работника в мероприятиях и конкурсах' })
  @ApiOkResponse({ type: [ParticipationDto] })
  listEvents(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<ParticipationDto[]> {
    return this.events.ofStaff(actor, id);
  }

  @Get(':id/trainings')
  @Authenticated({ permission: Permission.STAFF_READ })
  @ApiOperation({ operationId: 'listStaffTrainings', summary: 'Повышение квалификации, переподготовка, стажировки работника' })
  @ApiOkResponse({ type: [TrainingRecordDto] })
  listTrainings(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<TrainingRecordDto[]> {
    return this.trainings.list(actor, id);
  }

  @Post(':id/trainings')
  @Authenticated({ permission: Permission.STAFF_WRITE })
  @ApiOperation({ operationId: 'createStaffTraining', summary: 'Добавить запись об обучении' })
  @ApiCreatedResponse({ type: TrainingRecordDto })
  createTraining(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: CreateTrainingRecordDto): Promise<TrainingRecordDto> {
    return this.trainings.create(actor, id, dto);
  }

  @Patch(':id/trainings/:trainingId')
  @Authenticated({ permission: Permission.STAFF_WRITE })
  @ApiOperation({ operationId: 'updateStaffTraining', summary: 'Изменить запись об обучении' })
  @ApiOkResponse({ type: TrainingRecordDto })
  updateTraining(@CurrentActor() actor: Actor, @IdParam() id: string, @IdParam('trainingId') trainingId: string, @Body() dto: UpdateTrainingRecordDto): Promise<TrainingRecordDto> {
    return this.trainings.update(actor, id, trainingId, dto);
  }

  @Delete(':id/trainings/:trainingId')
  @HttpCode(204)
  @Authenticated({ permission: Permission.STAFF_WRITE })
  @ApiOperation({ operationId: 'deleteStaffTraining', summary: 'Удалить запись об обучении' })
  @ApiNoContentResponse()
  deleteTraining(@CurrentActor() actor: Actor, @IdParam() id: string, @IdParam('trainingId') trainingId: string): Promise<void> {
    return this.trainings.remove(actor, id, trainingId);
  }
}
