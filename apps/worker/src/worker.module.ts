import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { AppConfig, ConfigModule } from '@sopr/server-core';
import { DatabaseModule } from '@sopr/server-database';
import { MaintenanceHandlers } from './handlers/maintenance.handlers';
import { JobRunner } from './job-runner';

export function workerModule(config: AppConfig) {
  @Module({
    imports: [ConfigModule.forRoot(config), DatabaseModule, DiscoveryModule],
    providers: [MaintenanceHandlers, JobRunner],
  })
  class WorkerModule {}
  return WorkerModule;
}
