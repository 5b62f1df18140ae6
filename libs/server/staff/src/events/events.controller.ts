import { Body, Controller, Delete, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor, ApiPageResponse, Authenticated, CurrentActor, IdParam, Page, Permission } from '@sopr/server-core';
import { AddParticipantDto, CreateEventDto, EventDto, EventQueryDto, ParticipationDto, UpdateEventDto } from './event.dto';
import { EventsService } from './events.service';

@ApiTags('events')
@Controller('events')
export class EventsController {
  constructor(private readonly events: EventsService) {}

  @Get()
  @Authenticated({ permission: Permission.EVENT_READ })
  @ApiOperation({ operationId: 'listEvents', summary: 'Мероприятия и конкурсы своего уровня и уровней выше' })
  @ApiPageResponse(EventDto)
  list(@CurrentActor() actor: Actor, @Query() query: EventQueryDto): Promise<Page<EventDto>> {
    return this.events.list(actor, query);
  }

  @Get(':id')
  @Authenticated({ permission: Permission.EVENT_READ })
  @ApiOperation({ operationId: 'getEvent', summary: 'Мероприятие' })
  @ApiOkResponse({ type: EventDto })
  get(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<EventDto> {
    return this.events.get(actor, id);
  }

  @Post()
  @Authenticated({ permission: Permission.EVENT_WRITE })
  @ApiOperation({ operationId: 'createEvent', summary: 'Создать мероприятие своего уровня' })
  @ApiCreatedResponse({ type: EventDto })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateEventDto): Promise<EventDto> {
    return this.events.create(actor, dto);
  }

  @Patch(':id')
  @Authenticated({ permission: Permission.EVENT_WRITE })
  @ApiOperation({ operationId: 'updateEvent', summary: 'Изменить мероприятие' })
  @ApiOkResponse({ type: EventDto })
  update(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: UpdateEventDto): Promise<EventDto> {
    return this.events.update(actor, id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @Authenticated({ permission: Permission.EVENT_WRITE })
  @ApiOperation({ operationId: 'deleteEvent', summary: 'Удалить мероприятие' })
  @ApiNoContentResponse()
  remove(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<void> {
    return this.events.remove(actor, id);
  }

  @Get(':id/participants')
  @Authenticated({ permission: Permission.EVENT_READ })
  @ApiOperation({ operationId: 'listEventParticipants', summary: 'Участники (видны только работники своей области)' })
  @ApiOkResponse({ type: [ParticipationDto] })
  participants(@CurrentActor() actor: Actor, @IdParam() id: string): Promise<ParticipationDto[]> {
    return this.events.participants(actor, id);
  }

  @Post(':id/participants')
  @Authenticated({ permission: Permission.EVENT_WRITE })
  @ApiOperation({ operationId: 'addEventParticipant', summary: 'Отметить участие своего работника' })
  @ApiCreatedResponse({ type: ParticipationDto })
  addParticipant(@CurrentActor() actor: Actor, @IdParam() id: string, @Body() dto: AddParticipantDto): Promise<ParticipationDto> {
    return this.events.addParticipant(actor, id, dto);
  }

  @Delete(':id/participants/:participationId')
  @HttpCode(204)
  @Authenticated({ permission: Permission.EVENT_WRITE })
  @ApiOperation({ operationId: 'removeEventParticipant', summary: 'Удалить отметку об участии' })
  @ApiNoContentResponse()
  removeParticipant(@CurrentActor() actor: Actor, @IdParam() id: string, @IdParam('participationId') participationId: string): Promise<void> {
    return this.events.removeParticipant(actor, id, participationId);
  }
}
