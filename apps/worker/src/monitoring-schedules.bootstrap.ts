import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { MonitoringSchedulesService } from '@sopr/server-indicators';

const REGISTER_BATCH = 100;

/**
 * At the worker's start, every municipality's monitoring schedule (kept as data) becomes a BullMQ
 * job scheduler; the API re-registers a municipality's when it changes.
 */
@Injectable()
export class MonitoringSchedulesBootstrap implements OnApplicationBootstrap {
  constructor(private readonly schedules: MonitoringSchedulesService) {}

  async onApplicationBootstrap(): Promise<void> {
    // A country has thousands of municipalities: registered a batch at a time, not one round trip after another.
    const all = [...(await this.schedules.effective()).values()];
    for (let i = 0; i < all.length; i += REGISTER_BATCH) await Promise.all(all.slice(i, i + REGISTER_BATCH).map((schedule) => this.schedules.register(schedule)));
  }
}
