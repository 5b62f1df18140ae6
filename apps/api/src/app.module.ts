import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AllExceptionsFilter, AppConfig, AuditModule, ConfigModule, HealthController, RedisModule } from '@sopr/server-core';
import { DatabaseModule } from '@sopr/server-database';
import { IdentityModule } from '@sopr/server-identity';
import { JobsModule } from '@sopr/server-jobs';
import { OrgStructureModule } from '@sopr/server-org-structure';
import { StaffModule } from '@sopr/server-staff';
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
      QueuesAdminModule,
    ],
    controllers: [HealthController],
    providers: [{ provide: APP_FILTER, useClass: AllExceptionsFilter }],
  })
  class AppModule {}
  return AppModule;
}
