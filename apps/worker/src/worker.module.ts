import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AppConfig, AuditModule, ConfigModule } from '@sopr/server-core';
import { DatabaseModule } from '@sopr/server-database';
import { JobsModule } from '@sopr/server-jobs';
import { StaffModule } from '@sopr/server-staff';
import { DiagnosticsModule } from '@sopr/server-diagnostics';
import { IndicatorsModule } from '@sopr/server-indicators';
import { MaintenanceHandlers } from './handlers/maintenance.handlers';
import { JobRunner } from './job-runner';
import { MonitoringSchedulesBootstrap } from './monitoring-schedules.bootstrap';

export function workerModule(config: AppConfig) {
  @Module({
    imports: [ConfigModule.forRoot(config), DatabaseModule, AuditModule, JobsModule, StaffModule, DiagnosticsModule, IndicatorsModule, DiscoveryModule],
    providers: [MaintenanceHandlers, JobRunner, MonitoringSchedulesBootstrap],
  })
  class WorkerModule {}
  return WorkerModule;
}
