import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AllExceptionsFilter, AppConfig, AuditModule, ConfigModule, HealthController, RedisModule } from '@sopr/server-core';
import { DatabaseModule } from '@sopr/server-database';
import { IdentityModule } from '@sopr/server-identity';
import { JobsModule } from '@sopr/server-jobs';
import { OrgStructureModule } from '@sopr/server-org-structure';
import { StaffModule } from '@sopr/server-staff';
import { DiagnosticsModule } from '@sopr/server-diagnostics';
import { IndicatorsModule } from '@sopr/server-indicators';
import { QueuesAdminModule } from './queues-admin/queues-admin.module';

export function appModule(config: AppConfig) {
  @Module({
    imports: [
      ConfigModule.forRoot(config),
      DatabaseModule,
      RedisModule,
      AuditModule,
      JobsModule,
      OrgStructureModule,
      IdentityModule,
      StaffModule,
      DiagnosticsModule,
      IndicatorsModule,
      QueuesAdminModule,
    ],
    controllers: [HealthController],
    providers: [{ provide: APP_FILTER, useClass: AllExceptionsFilter }],
  })
  class AppModule {}
  return AppModule;
}
