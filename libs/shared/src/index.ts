export { Role, ROLE_TITLES, ScopeLevel, ROLE_SCOPE_LEVEL } from './roles';
export { OrganizationKind, ORGANIZATION_KIND_TITLES } from './organization-kind';
export {
  AGE_GROUP_TITLES, AgeGroup, EDUCATION_LEVEL_TITLES, EXPERIENCE_GROUP_TITLES, EducationLevel, Employment, ExperienceGroup, Gender,
  POSITION_TITLES, PositionCode, QUALIFICATION_CATEGORY_TITLES, QualificationCategory, TRAINING_KIND_TITLES, TrainingKind,
} from './staff';
