import { Injectable } from '@nestjs/common';
import { JobHandler, JobName, JobPayloads } from '@sopr/server-jobs';
import { StaffImportsService } from './staff-imports.service';

/** The worker's side of background staff imports. */
@Injectable()
export class StaffImportHandlers {
  constructor(private readonly imports: StaffImportsService) {}

  @JobHandler(JobName.STAFF_IMPORT_VALIDATE)
  validate(payload: JobPayloads[JobName.STAFF_IMPORT_VALIDATE]): Promise<void> {
    return this.imports.runValidation(payload.importId);
  }

  @JobHandler(JobName.STAFF_IMPORT_APPLY)
  apply(payload: JobPayloads[JobName.STAFF_IMPORT_APPLY]): Promise<void> {
    return this.imports.runApply(payload.importId);
  }
}
