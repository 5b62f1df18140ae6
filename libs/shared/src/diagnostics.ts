/** Diagnostics vocabularies shared by the SPA and the server (DOMAIN.md, Diagnostics). */
export enum ProcedureKind {
  EXTERNAL_FIOKO = 'EXTERNAL_FIOKO',
  ACADEMY = 'ACADEMY',
  CNPPM_ENTRY = 'CNPPM_ENTRY',
  CORPORATE_ORDER = 'CORPORATE_ORDER',
  SELF = 'SELF',
  SCHOOL_METHODICAL = 'SCHOOL_METHODICAL',
  ATTESTATION = 'ATTESTATION',
}

export const PROCEDURE_KIND_TITLES: Record<ProcedureKind, string> = {
  [ProcedureKind.EXTERNAL_FIOKO]: 'Внешняя диагностика (ФИОКО)',
  [ProcedureKind.ACADEMY]: 'Академия Минпросвещения России',
  [ProcedureKind.CNPPM_ENTRY]: 'Входная диагностика ЦНППМ',
  [ProcedureKind.CORPORATE_ORDER]: 'Корпоративный заказ',
  [ProcedureKind.SELF]: 'Самодиагностика',
  [ProcedureKind.SCHOOL_METHODICAL]: 'Методическая работа ОО',
  [ProcedureKind.ATTESTATION]: 'Аттестация',
};

export enum CompetenceArea {
  PROFESSIONAL = 'PROFESSIONAL',
  FUNCTIONAL_LITERACY = 'FUNCTIONAL_LITERACY',
}

export const COMPETENCE_AREA_TITLES: Record<CompetenceArea, string> = {
  [CompetenceArea.PROFESSIONAL]: 'Профессиональные компетенции',
  [CompetenceArea.FUNCTIONAL_LITERACY]: 'Формирование функциональной грамотности',
};

export enum FrameworkStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}

export const FRAMEWORK_STATUS_TITLES: Record<FrameworkStatus, string> = {
  [FrameworkStatus.DRAFT]: 'Черновик',
  [FrameworkStatus.PUBLISHED]: 'Опубликована',
};

export enum DeficitStatus {
  OPEN = 'OPEN',
  ADDRESSED = 'ADDRESSED',
  CLOSED = 'CLOSED',
}

export const DEFICIT_STATUS_TITLES: Record<DeficitStatus, string> = {
  [DeficitStatus.OPEN]: 'Выявлен',
  [DeficitStatus.ADDRESSED]: 'В работе (есть пункт ИОМ)',
  [DeficitStatus.CLOSED]: 'Преодолён',
};

/** How a result reached the system. */
export enum ResultSource {
  MANUAL = 'MANUAL',
  IMPORT = 'IMPORT',
  INTEGRATION = 'INTEGRATION',
  SELF = 'SELF',
}

export const RESULT_SOURCE_TITLES: Record<ResultSource, string> = {
  [ResultSource.MANUAL]: 'Внесён вручную',
  [ResultSource.IMPORT]: 'Импорт файла',
  [ResultSource.INTEGRATION]: 'Интеграция',
  [ResultSource.SELF]: 'Самодиагностика',
};

export enum SelfAssessmentStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
}
