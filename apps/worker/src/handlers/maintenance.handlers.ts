import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, LessThan } from 'typeorm';
import { RefreshToken } from '@sopr/server-identity';
import { ResultImportsService } from '@sopr/server-diagnostics';
import { StaffImportsService } from '@sopr/server-staff';
import { JobHandler, JobName, JobPayloads } from '@sopr/server-jobs';

@Injectable()
export class MaintenanceHandlers {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly staffImports: StaffImportsService,
    private readonly resultImports: ResultImportsService,
  ) {}

  /** Refresh tokens past expiry are useless; keep a margin for reuse detection, then delete. */
  @JobHandler(JobName.PURGE_REFRESH_TOKENS)
  async purgeRefreshTokens(payload: JobPayloads[JobName.PURGE_REFRESH_TOKENS]): Promise<{ deleted: number }> {
    const cutoff = new Date(Date.now() - payload.olderThanDays * 86_400_000);
    const result = await this.dataSource.getRepository(RefreshToken).delete({ expiresAt: LessThan(cutoff) });
    return { deleted: result.affected ?? 0 };
  }

  /** Uploads hold personal data: files of imports nobody finished are dropped after a while. */
  @JobHandler(JobName.PURGE_STALE_IMPORTS)
  async purgeStaleImports(payload: JobPayloads[JobName.PURGE_STALE_IMPORTS]): Promise<{ discarded: number }> {
    const discarded = (await this.staffImports.purgeStale(payload.olderThanDays)) + (await this.resultImports.purgeStale(payload.olderThanDays));
    return { discarded };
  }
}
