/** The life of a file import: checked in the background, then applied on request, all or nothing. */
export enum ImportStatus {
  /** Uploaded; the user is to say which column holds what (imports with a column mapping). */
  MAPPING = 'MAPPING',
  QUEUED = 'QUEUED',
  VALIDATING = 'VALIDATING',
  VALIDATED = 'VALIDATED',
  INVALID = 'INVALID',
  APPLYING = 'APPLYING',
  APPLIED = 'APPLIED',
  FAILED = 'FAILED',
  DISCARDED = 'DISCARDED',
}

export const IMPORT_STATUS_TITLES: Record<ImportStatus, string> = {
  [ImportStatus.MAPPING]: 'Ожидает сопоставления столбцов',
  [ImportStatus.QUEUED]: 'В очереди на проверку',
  [ImportStatus.VALIDATING]: 'Проверяется',
  [ImportStatus.VALIDATED]: 'Проверен, можно применить',
  [ImportStatus.INVALID]: 'Есть ошибки',
  [ImportStatus.APPLYING]: 'Применяется',
  [ImportStatus.APPLIED]: 'Применён',
  [ImportStatus.FAILED]: 'Сбой',
  [ImportStatus.DISCARDED]: 'Отменён',
};

/** Statuses in which the worker still has something to do: the SPA keeps polling while in one. */
export const IMPORT_IN_PROGRESS: readonly ImportStatus[] = [ImportStatus.QUEUED, ImportStatus.VALIDATING, ImportStatus.APPLYING];
