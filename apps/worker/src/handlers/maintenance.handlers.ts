import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, LessThan } from 'typeorm';
import { RefreshToken } from '@sopr/server-identity';
import { JobHandler, JobName, JobPayloads } from '@sopr/server-jobs';

@Injectable()
export class MaintenanceHandlers {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Refresh tokens past expiry are useless; keep a margin for reuse detection, then delete. */
  @JobHandler(JobName.PURGE_REFRESH_TOKENS)
  async purgeRefreshTokens(payload: JobPayloads[JobName.PURGE_REFRESH_TOKENS]): Promise<{ deleted: number }> {
    const cutoff = new Date(Date.now() - payload.olderThanDays * 86_400_000);
    const result = await this.dataSource.getRepository(RefreshToken).delete({ expiresAt: LessThan(cutoff) });
    return { deleted: result.affected ?? 0 };
  }
}
