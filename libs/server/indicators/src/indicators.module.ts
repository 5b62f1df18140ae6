import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrgStructureModule } from '@sopr/server-org-structure';
import { IndicatorsController } from './catalogue/indicators.controller';
import { INDICATORS_ENTITIES } from './indicators.entities';
import { MonitoringHandlers } from './runs/monitoring.handlers';
import { MonitoringRunsController } from './runs/monitoring-runs.controller';
import { MonitoringRunsService } from './runs/monitoring-runs.service';
import { MonitoringValuesService } from './runs/monitoring-values.service';
import { MonitoringNotesService } from './note/monitoring-notes.service';
import { RecommendationsController } from './recommendations/recommendations.controller';
import { RecommendationsService } from './recommendations/recommendations.service';
import { MonitoringSchedulesController } from './schedules/monitoring-schedules.controller';
import { MonitoringSchedulesService } from './schedules/monitoring-schedules.service';
import { IndicatorTargetsController } from './targets/indicator-targets.controller';
import { IndicatorTargetsImportService } from './targets/indicator-targets-import.service';
import { IndicatorTargetsService } from './targets/indicator-targets.service';

@Module({
  imports: [TypeOrmModule.forFeature(INDICATORS_ENTITIES), OrgStructureModule],
  controllers: [IndicatorsController, MonitoringRunsController, IndicatorTargetsController, MonitoringSchedulesController, RecommendationsController],
  providers: [MonitoringRunsService, MonitoringValuesService, MonitoringHandlers, IndicatorTargetsService, IndicatorTargetsImportService, MonitoringSchedulesService, RecommendationsService, MonitoringNotesService],
  exports: [MonitoringSchedulesService],
})
export class IndicatorsModule {}
