/** Russian titles and select options of the staff vocabularies (from the shared title maps). */
import {
  AGE_GROUP_TITLES, AgeGroup, EDUCATION_LEVEL_TITLES, EducationLevel, EXPERIENCE_GROUP_TITLES, ExperienceGroup, POSITION_TITLES, PositionCode,
  QUALIFICATION_CATEGORY_TITLES, QualificationCategory, TRAINING_KIND_TITLES, TrainingKind,
} from '@sopr/shared';

const title = <K extends string>(titles: Record<K, string>) => (value: string): string => titles[value as K] ?? value;
const options = <K extends string>(titles: Record<K, string>) =>
  (Object.entries(titles) as [K, string][]).map(([value, label]) => ({ value, label }));

export const positionTitle = title<PositionCode>(POSITION_TITLES);
export const categoryTitle = title<QualificationCategory>(QUALIFICATION_CATEGORY_TITLES);
export const educationTitle = title<EducationLevel>(EDUCATION_LEVEL_TITLES);
export const ageGroupTitle = title<AgeGroup>(AGE_GROUP_TITLES);
export const experienceGroupTitle = title<ExperienceGroup>(EXPERIENCE_GROUP_TITLES);
export const trainingKindTitle = title<TrainingKind>(TRAINING_KIND_TITLES);

export const GENDER_TITLES: Record<string, string> = { MALE: 'Мужской', FEMALE: 'Женский' };
export const EMPLOYMENT_TITLES: Record<string, string> = { MAIN: 'Основное место работы', PART_TIME: 'Внешнее совместительство' };

export const POSITION_OPTIONS = options<PositionCode>(POSITION_TITLES);
export const CATEGORY_OPTIONS = options<QualificationCategory>(QUALIFICATION_CATEGORY_TITLES);
export const EDUCATION_OPTIONS = options<EducationLevel>(EDUCATION_LEVEL_TITLES);
export const AGE_GROUP_OPTIONS = options<AgeGroup>(AGE_GROUP_TITLES);
export const EXPERIENCE_GROUP_OPTIONS = options<ExperienceGroup>(EXPERIENCE_GROUP_TITLES);
export const TRAINING_KIND_OPTIONS = options<TrainingKind>(TRAINING_KIND_TITLES);
export const GENDER_OPTIONS = Object.entries(GENDER_TITLES).map(([value, label]) => ({ value, label }));
export const EMPLOYMENT_OPTIONS = Object.entries(EMPLOYMENT_TITLES).map(([value, label]) => ({ value, label }));

/** «2 года», «5 лет», «21 год». */
export function pluralYears(count: number): string {
  const mod10 = count % 10;
  const mod100 = count % 100;
  if (mod10 === 1 && mod100 !== 11) return `${count} год`;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return `${count} года`;
  return `${count} лет`;
}
