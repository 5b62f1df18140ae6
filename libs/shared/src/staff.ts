/** Staff registry vocabularies shared by the SPA and the server (DOMAIN.md, forms ОО-1, РИК-83). */
export enum Gender {
  MALE = 'MALE',
  FEMALE = 'FEMALE',
}

export enum QualificationCategory {
  HIGHEST = 'HIGHEST',
  FIRST = 'FIRST',
  CONFORMITY = 'CONFORMITY',
  NONE = 'NONE',
}

export const QUALIFICATION_CATEGORY_TITLES: Record<QualificationCategory, string> = {
  [QualificationCategory.HIGHEST]: 'Высшая',
  [QualificationCategory.FIRST]: 'Первая',
  [QualificationCategory.CONFORMITY]: 'Соответствие занимаемой должности',
  [QualificationCategory.NONE]: 'Без категории',
};

export enum EducationLevel {
  HIGHER = 'HIGHER',
  SECONDARY_VOCATIONAL = 'SECONDARY_VOCATIONAL',
  OTHER = 'OTHER',
}

export const EDUCATION_LEVEL_TITLES: Record<EducationLevel, string> = {
  [EducationLevel.HIGHER]: 'Высшее',
  [EducationLevel.SECONDARY_VOCATIONAL]: 'Среднее профессиональное',
  [EducationLevel.OTHER]: 'Иное',
};

export enum Employment {
  MAIN = 'MAIN',
  PART_TIME = 'PART_TIME',
}

export enum PositionCode {
  TEACHER = 'TEACHER',
  PRIMARY_TEACHER = 'PRIMARY_TEACHER',
  EDUCATOR = 'EDUCATOR',
  ADDITIONAL_EDUCATION_TEACHER = 'ADDITIONAL_EDUCATION_TEACHER',
  PSYCHOLOGIST = 'PSYCHOLOGIST',
  SOCIAL_PEDAGOGUE = 'SOCIAL_PEDAGOGUE',
  SPEECH_THERAPIST = 'SPEECH_THERAPIST',
  DEFECTOLOGIST = 'DEFECTOLOGIST',
  METHODIST = 'METHODIST',
  TUTOR = 'TUTOR',
  PEDAGOGUE_ORGANIZER = 'PEDAGOGUE_ORGANIZER',
  UPBRINGING_ADVISER = 'UPBRINGING_ADVISER',
  MUSIC_DIRECTOR = 'MUSIC_DIRECTOR',
  PHYSICAL_INSTRUCTOR = 'PHYSICAL_INSTRUCTOR',
  DEPUTY_DIRECTOR = 'DEPUTY_DIRECTOR',
  DIRECTOR = 'DIRECTOR',
}

export const POSITION_TITLES: Record<PositionCode, string> = {
  [PositionCode.TEACHER]: 'Учитель',
  [PositionCode.PRIMARY_TEACHER]: 'Учитель начальных классов',
  [PositionCode.EDUCATOR]: 'Воспитатель',
  [PositionCode.ADDITIONAL_EDUCATION_TEACHER]: 'Педагог дополнительного образования',
  [PositionCode.PSYCHOLOGIST]: 'Педагог-психолог',
  [PositionCode.SOCIAL_PEDAGOGUE]: 'Социальный педагог',
  [PositionCode.SPEECH_THERAPIST]: 'Учитель-логопед',
  [PositionCode.DEFECTOLOGIST]: 'Учитель-дефектолог',
  [PositionCode.METHODIST]: 'Методист',
  [PositionCode.TUTOR]: 'Тьютор',
  [PositionCode.PEDAGOGUE_ORGANIZER]: 'Педагог-организатор',
  [PositionCode.UPBRINGING_ADVISER]: 'Советник директора по воспитанию',
  [PositionCode.MUSIC_DIRECTOR]: 'Музыкальный руководитель',
  [PositionCode.PHYSICAL_INSTRUCTOR]: 'Инструктор по физической культуре',
  [PositionCode.DEPUTY_DIRECTOR]: 'Заместитель директора',
  [PositionCode.DIRECTOR]: 'Директор',
};

export enum TrainingKind {
  ADVANCED = 'ADVANCED',
  RETRAINING = 'RETRAINING',
  INTERNSHIP = 'INTERNSHIP',
}

export const TRAINING_KIND_TITLES: Record<TrainingKind, string> = {
  [TrainingKind.ADVANCED]: 'Повышение квалификации',
  [TrainingKind.RETRAINING]: 'Профессиональная переподготовка',
  [TrainingKind.INTERNSHIP]: 'Стажировка',
};

export enum AgeGroup {
  UNDER_25 = 'UNDER_25',
  FROM_25_TO_34 = 'FROM_25_TO_34',
  FROM_35_TO_49 = 'FROM_35_TO_49',
  FROM_50_TO_PENSION = 'FROM_50_TO_PENSION',
  PENSION = 'PENSION',
}

export const AGE_GROUP_TITLES: Record<AgeGroup, string> = {
  [AgeGroup.UNDER_25]: 'моложе 25 лет',
  [AgeGroup.FROM_25_TO_34]: '25–34 года',
  [AgeGroup.FROM_35_TO_49]: '35–49 лет',
  [AgeGroup.FROM_50_TO_PENSION]: 'от 50 лет до пенсионного возраста',
  [AgeGroup.PENSION]: 'пенсионный возраст и старше',
};

export enum ExperienceGroup {
  UNDER_3 = 'UNDER_3',
  FROM_3_TO_5 = 'FROM_3_TO_5',
  FROM_5_TO_10 = 'FROM_5_TO_10',
  FROM_10_TO_20 = 'FROM_10_TO_20',
  OVER_20 = 'OVER_20',
}

export const EXPERIENCE_GROUP_TITLES: Record<ExperienceGroup, string> = {
  [ExperienceGroup.UNDER_3]: 'менее 3 лет',
  [ExperienceGroup.FROM_3_TO_5]: '3–5 лет',
  [ExperienceGroup.FROM_5_TO_10]: '5–10 лет',
  [ExperienceGroup.FROM_10_TO_20]: '10–20 лет',
  [ExperienceGroup.OVER_20]: 'более 20 лет',
};

export enum EventKind {
  CONTEST = 'CONTEST',
  YOUNG_TEACHERS_EVENT = 'YOUNG_TEACHERS_EVENT',
  YOUNG_TEACHERS_PROJECT_CONTEST = 'YOUNG_TEACHERS_PROJECT_CONTEST',
  CONFERENCE = 'CONFERENCE',
  SEMINAR = 'SEMINAR',
  WEBINAR = 'WEBINAR',
  MASTER_CLASS = 'MASTER_CLASS',
  OLYMPIAD = 'OLYMPIAD',
  OTHER = 'OTHER',
}

export const EVENT_KIND_TITLES: Record<EventKind, string> = {
  [EventKind.CONTEST]: 'Конкурс профессионального мастерства',
  [EventKind.YOUNG_TEACHERS_EVENT]: 'Мероприятие для молодых педагогов',
  [EventKind.YOUNG_TEACHERS_PROJECT_CONTEST]: 'Конкурс проектов молодых педагогов',
  [EventKind.CONFERENCE]: 'Конференция',
  [EventKind.SEMINAR]: 'Семинар',
  [EventKind.WEBINAR]: 'Вебинар',
  [EventKind.MASTER_CLASS]: 'Мастер-класс',
  [EventKind.OLYMPIAD]: 'Олимпиада (жюри, экспертиза)',
  [EventKind.OTHER]: 'Другое',
};

export enum EventLevel {
  SCHOOL = 'SCHOOL',
  MUNICIPAL = 'MUNICIPAL',
  REGIONAL = 'REGIONAL',
  FEDERAL = 'FEDERAL',
  INTERNATIONAL = 'INTERNATIONAL',
}

export const EVENT_LEVEL_TITLES: Record<EventLevel, string> = {
  [EventLevel.SCHOOL]: 'Школьный',
  [EventLevel.MUNICIPAL]: 'Муниципальный',
  [EventLevel.REGIONAL]: 'Региональный',
  [EventLevel.FEDERAL]: 'Федеральный',
  [EventLevel.INTERNATIONAL]: 'Международный',
};

export enum ParticipationRole {
  PARTICIPANT = 'PARTICIPANT',
  WINNER = 'WINNER',
  PRIZE_WINNER = 'PRIZE_WINNER',
  EXPERT = 'EXPERT',
  ORGANIZER = 'ORGANIZER',
}

export const PARTICIPATION_ROLE_TITLES: Record<ParticipationRole, string> = {
  [ParticipationRole.PARTICIPANT]: 'Участник',
  [ParticipationRole.WINNER]: 'Победитель',
  [ParticipationRole.PRIZE_WINNER]: 'Призёр',
  [ParticipationRole.EXPERT]: 'Эксперт (жюри)',
  [ParticipationRole.ORGANIZER]: 'Организатор',
};
