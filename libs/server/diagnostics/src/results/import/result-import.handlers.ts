import { Injectable } from '@nestjs/common';
import { JobHandler, JobName, JobPayloads } from '@sopr/server-jobs';
import { ResultImportsService } from './result-imports.service';

/** The worker's side of results file imports. */
@Injectable()
export class ResultImportHandlers {
  constructor(private readonly imports: ResultImportsService) {}

  @JobHandler(JobName.RESULT_IMPORT_VALIDATE)
  validate(payload: JobPayloads[JobName.RESULT_IMPORT_VALIDATE]): Promise<void> {
    return this.imports.runValidation(payload.importId);
  }

  @JobHandler(JobName.RESULT_IMPORT_APPLY)
  apply(payload: JobPayloads[JobName.RESULT_IMPORT_APPLY]): Promise<void> {
    return this.imports.runApply(payload.importId);
  }
}
