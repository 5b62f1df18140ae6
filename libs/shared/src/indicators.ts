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
