export { Role, ROLE_TITLES, ScopeLevel, ROLE_SCOPE_LEVEL } from './roles';
export { OrganizationKind, ORGANIZATION_KIND_TITLES } from './organization-kind';
export {
  AGE_GROUP_TITLES, AgeGroup, EDUCATION_LEVEL_TITLES, EXPERIENCE_GROUP_TITLES, EducationLevel, Employment, ExperienceGroup, Gender,
  POSITION_TITLES, PositionCode, QUALIFICATION_CATEGORY_TITLES, QualificationCategory, TRAINING_KIND_TITLES, TrainingKind,
  EVENT_KIND_TITLES, EVENT_LEVEL_TITLES, EventKind, EventLevel, PARTICIPATION_ROLE_TITLES, ParticipationRole,
} from './staff';
export { IMPORT_IN_PROGRESS, IMPORT_STATUS_TITLES, ImportStatus } from './imports';
export {
  COMPETENCE_AREA_TITLES, CompetenceArea, DEFICIT_STATUS_TITLES, DeficitStatus, FRAMEWORK_STATUS_TITLES, FrameworkStatus, PROCEDURE_KIND_TITLES, ProcedureKind,
  RESULT_SOURCE_TITLES, ResultSource, SelfAssessmentStatus,
} from './diagnostics';
export {
  INDICATOR_BREAKDOWN_TITLES, INDICATOR_GROUP_TITLES, INDICATOR_UNIT_TITLES, IndicatorBreakdown, IndicatorDirection, IndicatorGroup, IndicatorLevel,
  IndicatorUnit, MONITORING_RUN_STATUS_TITLES, MonitoringRunStatus, MonitoringScope, RECOMMENDATION_ADDRESSEE_TITLES, RECOMMENDATION_PRIORITY_TITLES, RECOMMENDATION_STATUS_TITLES, RecommendationAddressee,
  RecommendationPriority, RecommendationStatus, TARGET_STATUS_TITLES, TargetStatus,
} from './indicators';
