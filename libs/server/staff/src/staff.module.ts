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
import { StaffMergeService } from './import/staff-merge.service';
import { StaffBatchService } from './import/staff-batch.service';

export const STAFF_ENTITIES = [Subject, PensionAgeRule, StaffMember, StaffPosition, StaffSubject, TrainingRecord];

@Module({
  imports: [TypeOrmModule.forFeature(STAFF_ENTITIES), OrgStructureModule],
  controllers: [SubjectsController, StaffController],
  providers: [StaffService, TrainingsService, StaffCompositionService, StaffImportService, StaffMergeService, StaffBatchService],
  exports: [StaffService],
})
export class StaffModule {}
