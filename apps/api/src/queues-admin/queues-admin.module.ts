import { Module } from '@nestjs/common';
import { QueuesAdminController } from './queues-admin.controller';

/** Bull Board over the shared queues of JobsModule. */
@Module({
  controllers: [QueuesAdminController],
})
export class QueuesAdminModule {}
