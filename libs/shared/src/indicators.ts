/** What a monitoring indicator's value is. */
export enum IndicatorUnit {
  /** numerator / denominator × 100 */
  SHARE = 'SHARE',
  /** numerator per 100 of the denominator */
  PER_100 = 'PER_100',
  COUNT = 'COUNT',
  YES_NO = 'YES_NO',
}

export const INDICATOR_UNIT_TITLES: Record<IndicatorUnit, string> = {
  [IndicatorUnit.SHARE]: 'доля, %',
  [IndicatorUnit.PER_100]: 'на 100 педагогов',
  [IndicatorUnit.COUNT]: 'количество',
  [IndicatorUnit.YES_NO]: 'да / нет',
};

/** Which way is better: most indicators grow, some (pension-age share, vacancies) should fall. */
export enum IndicatorDirection {
  HIGHER_IS_BETTER = 'HIGHER_IS_BETTER',
  LOWER_IS_BETTER = 'LOWER_IS_BETTER',
}

export enum IndicatorGroup {
  DIAGNOSTICS = 'DIAGNOSTICS',
  TRAINING = 'TRAINING',
  YOUNG_TEACHERS = 'YOUNG_TEACHERS',
  MENTORING = 'MENTORING',
  NETWORKS = 'NETWORKS',
  STAFFING = 'STAFFING',
}

export const INDICATOR_GROUP_TITLES: Record<IndicatorGroup, string> = {
  [IndicatorGroup.DIAGNOSTICS]: 'Выявление профессиональных дефицитов',
  [IndicatorGroup.TRAINING]: 'Повышение квалификации и профессиональное мастерство',
  [IndicatorGroup.YOUNG_TEACHERS]: 'Молодые педагоги',
  [IndicatorGroup.MENTORING]: 'Наставничество',
  [IndicatorGroup.NETWORKS]: 'Методические объединения и сетевое взаимодействие',
  [IndicatorGroup.STAFFING]: 'Кадровое обеспечение',
};

/** The places an indicator is computed for. */
export enum IndicatorLevel {
  ORGANIZATION = 'ORGANIZATION',
  MUNICIPALITY = 'MUNICIPALITY',
  REGION = 'REGION',
}

/** A value against its target, direction-aware: «at risk» is within AT_RISK_POINTS of it. */
export enum TargetStatus {
  MET = 'MET',
  AT_RISK = 'AT_RISK',
  NOT_MET = 'NOT_MET',
}

export const TARGET_STATUS_TITLES: Record<TargetStatus, string> = {
  [TargetStatus.MET]: 'достигнуто',
  [TargetStatus.AT_RISK]: 'под угрозой',
  [TargetStatus.NOT_MET]: 'не достигнуто',
};

export enum MonitoringRunStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}

export const MONITORING_RUN_STATUS_TITLES: Record<MonitoringRunStatus, string> = {
  [MonitoringRunStatus.QUEUED]: 'В очереди',
  [MonitoringRunStatus.RUNNING]: 'Считается',
  [MonitoringRunStatus.DONE]: 'Готов',
  [MonitoringRunStatus.FAILED]: 'Сбой',
};

/** Who a recommendation is for. */
export enum RecommendationAddressee {
  TEACHER = 'TEACHER',
  SCHOOL = 'SCHOOL',
  MUNICIPALITY = 'MUNICIPALITY',
}

export const RECOMMENDATION_ADDRESSEE_TITLES: Record<RecommendationAddressee, string> = {
  [RecommendationAddressee.TEACHER]: 'Педагогу',
  [RecommendationAddressee.SCHOOL]: 'Администрации школы',
  [RecommendationAddressee.MUNICIPALITY]: 'Муниципальной методической службе',
};

/** issued → accepted → done, or rejected (with a reason) from issued or accepted. */
export enum RecommendationStatus {
  ISSUED = 'ISSUED',
  ACCEPTED = 'ACCEPTED',
  DONE = 'DONE',
  REJECTED = 'REJECTED',
}

export const RECOMMENDATION_STATUS_TITLES: Record<RecommendationStatus, string> = {
  [RecommendationStatus.ISSUED]: 'Выдана',
  [RecommendationStatus.ACCEPTED]: 'Принята в работу',
  [RecommendationStatus.DONE]: 'Выполнена',
  [RecommendationStatus.REJECTED]: 'Отклонена',
};

export enum RecommendationPriority {
  HIGH = 'HIGH',
  MEDIUM = 'MEDIUM',
  LOW = 'LOW',
}

export const RECOMMENDATION_PRIORITY_TITLES: Record<RecommendationPriority, string> = {
  [RecommendationPriority.HIGH]: 'Высокий',
  [RecommendationPriority.MEDIUM]: 'Средний',
  [RecommendationPriority.LOW]: 'Низкий',
};

/**
 * How an indicator's value is broken down below its total. Subject and position split the
 * population (numerator and denominator: the teachers of that subject); procedure kind, category
 * and competence split the numerator (the denominator stays the whole population).
 */
export enum IndicatorBreakdown {
  SUBJECT = 'SUBJECT',
  POSITION = 'POSITION',
  PROCEDURE_KIND = 'PROCEDURE_KIND',
  CATEGORY = 'CATEGORY',
  COMPETENCE = 'COMPETENCE',
}

export const INDICATOR_BREAKDOWN_TITLES: Record<IndicatorBreakdown, string> = {
  [IndicatorBreakdown.SUBJECT]: 'по предметам',
  [IndicatorBreakdown.POSITION]: 'по должностям',
  [IndicatorBreakdown.PROCEDURE_KIND]: 'по видам диагностики',
  [IndicatorBreakdown.CATEGORY]: 'по квалификационным категориям',
  [IndicatorBreakdown.COMPETENCE]: 'по компетенциям',
};

/** What a monitoring run covers: one municipality, or a region (its municipalities' runs rolled up). */
export enum MonitoringScope {
  MUNICIPALITY = 'MUNICIPALITY',
  REGION = 'REGION',
}
