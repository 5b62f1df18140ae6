import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { IsDateString, IsEnum, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQueryDto } from '@sopr/server-core';
import { EventKind, EventLevel, ParticipationRole } from '@sopr/shared';
import { Event } from './event.entity';

export class CreateEventDto {
  @ApiProperty({ example: 'ПрофСреда: функциональная грамотность на уроках математики', maxLength: 300 })
  @IsString() @IsNotEmpty() @MaxLength(300)
  name: string;

  @ApiPropertyOptional({ example: 'ПрофСреда', nullable: true, type: String, description: 'Цикл мероприятий' })
  @IsOptional() @IsString() @MaxLength(120)
  series?: string | null;

  @ApiProperty({ enum: EventKind, enumName: 'EventKind', example: EventKind.SEMINAR }) @IsEnum(EventKind) kind: EventKind;
  @ApiProperty({ enum: EventLevel, enumName: 'EventLevel', example: EventLevel.MUNICIPAL }) @IsEnum(EventLevel) level: EventLevel;
  @ApiProperty({ example: '2026-10-15' }) @IsDateString({ strict: true }) startsOn: string;
  @ApiPropertyOptional({ example: '2026-10-15', nullable: true, type: String }) @IsOptional() @IsDateString({ strict: true }) endsOn?: string | null;

  @ApiProperty({ enum: ['REGION', 'MUNICIPALITY', 'ORGANIZATION'], example: 'MUNICIPALITY', description: 'Чьё мероприятие: кто его видит (уровень и ниже)' })
  @IsIn(['REGION', 'MUNICIPALITY', 'ORGANIZATION'])
  owner: 'REGION' | 'MUNICIPALITY' | 'ORGANIZATION';

  @ApiProperty({ format: 'uuid', description: 'Идентификатор региона, муниципалитета или организации — по owner' })
  @IsUUID()
  ownerId: string;
}

export class UpdateEventDto extends PartialType(OmitType(CreateEventDto, ['owner', 'ownerId'] as const)) {}

export class EventQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: EventKind, enumName: 'EventKind' }) @IsOptional() @IsEnum(EventKind) kind?: EventKind;
  @ApiPropertyOptional({ example: 'ПрофСреда' }) @IsOptional() @IsString() @MaxLength(120) series?: string;
  @ApiPropertyOptional({ example: '2026-01-01' }) @IsOptional() @IsDateString({ strict: true }) from?: string;
  @ApiPropertyOptional({ example: '2026-12-31' }) @IsOptional() @IsDateString({ strict: true }) to?: string;
}

export class EventDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) regionId: string;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) municipalityId: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'uuid' }) organizationId: string | null;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String }) series: string | null;
  @ApiProperty({ enum: EventKind, enumName: 'EventKind' }) kind: EventKind;
  @ApiProperty({ enum: EventLevel, enumName: 'EventLevel' }) level: EventLevel;
  @ApiProperty() startsOn: string;
  @ApiProperty({ nullable: true, type: String }) endsOn: string | null;

  static from(e: Event): EventDto {
    return {
      id: e.id, regionId: e.regionId, municipalityId: e.municipalityId, organizationId: e.organizationId, name: e.name, series: e.series,
      kind: e.kind, level: e.level, startsOn: e.startsOn, endsOn: e.endsOn,
    };
  }
}

export class AddParticipantDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() staffMemberId: string;
  @ApiProperty({ enum: ParticipationRole, enumName: 'ParticipationRole', example: ParticipationRole.PARTICIPANT }) @IsEnum(ParticipationRole) role: ParticipationRole;
}

export class ParticipationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) eventId: string;
  @ApiProperty() eventName: string;
  @ApiProperty() eventStartsOn: string;
  @ApiProperty({ format: 'uuid' }) staffMemberId: string;
  @ApiProperty() staffName: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty({ enum: ParticipationRole, enumName: 'ParticipationRole' }) role: ParticipationRole;
}
