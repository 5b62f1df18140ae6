import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { MonitoringSchedulesService } from '@sopr/server-indicators';

/**
 * At the worker's start, every municipality's monitoring schedule (kept as data) becomes a BullMQ
 * job scheduler; the API re-registers a municipality's when it changes.
 */
@Injectable()
export class MonitoringSchedulesBootstrap implements OnApplicationBootstrap {
  constructor(private readonly schedules: MonitoringSchedulesService) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const schedule of (await this.schedules.effective()).values()) await this.schedules.register(schedule);
  }
}
