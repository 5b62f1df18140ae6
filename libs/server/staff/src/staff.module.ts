import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrgStructureModule } from '@sopr/server-org-structure';
import { PensionAgeRule } from './pension-age-rule.entity';
import { StaffController, SubjectsController } from './staff.controller';
import { StaffMember } from './staff-member.entity';
import { StaffPosition } from './staff-position.entity';
import { StaffService } from './staff.service';
import { StaffSubject } from './staff-subject.entity';
import { Subject } from './subject.entity';
import { TrainingRecord } from './training-record.entity';
import { TrainingsService } from './trainings.service';
import { StaffCompositionService } from './staff-composition.service';
import { StaffImportService } from './import/staff-import.service';
import { StaffFileImportService } from './import/staff-file-import.service';
import { StaffImport, StaffImportError, StaffImportFile } from './import/staff-import.entity';
import { StaffImportHandlers } from './import/staff-import.handlers';
import { StaffImportsController } from './import/staff-imports.controller';
import { StaffImportsService } from './import/staff-imports.service';
import { StaffBatchService } from './import/staff-batch.service';
import { Event } from './events/event.entity';
import { EventParticipation } from './events/event-participation.entity';
import { EventsController } from './events/events.controller';
import { EventsService } from './events/events.service';

export const STAFF_ENTITIES = [Subject, PensionAgeRule, StaffMember, StaffPosition, StaffSubject, TrainingRecord, Event, EventParticipation, StaffImport, StaffImportFile, StaffImportError];

@Module({
  imports: [TypeOrmModule.forFeature(STAFF_ENTITIES), OrgStructureModule],
  controllers: [SubjectsController, StaffImportsController, StaffController, EventsController],
  providers: [
    StaffService, TrainingsService, StaffCompositionService, StaffImportService, StaffFileImportService, StaffImportsService, StaffImportHandlers,
    StaffBatchService, EventsService,
  ],
  exports: [StaffService, StaffImportsService],
})
export class StaffModule {}
