import { EntityManager } from 'typeorm';
import { EducationLevel, Employment, Gender, OrganizationKind, PositionCode, QualificationCategory, TrainingKind } from '@sopr/shared';
import { Organization } from '@sopr/server-org-structure';
import { StaffMember, StaffPosition, StaffSubject, Subject, TrainingRecord, withSnilsChecksum } from '@sopr/server-staff';

/** Deterministic pseudo-random numbers: the demo is the same on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = ['Иванов', 'Смирнов', 'Кузнецов', 'Попов', 'Васильев', 'Петров', 'Соколов', 'Михайлов', 'Новиков', 'Фёдоров', 'Морозов', 'Волков',
  'Алексеев', 'Лебедев', 'Семёнов', 'Егоров', 'Павлов', 'Козлов', 'Степанов', 'Николаев', 'Орлов', 'Андреев', 'Макаров', 'Никитин', 'Захаров',
  'Зайцев', 'Соловьёв', 'Борисов', 'Яковлев', 'Григорьев', 'Романов', 'Воробьёв', 'Сергеев', 'Кощеев', 'Шулаков', 'Бушмелев', 'Черанёв', 'Вылегжанин',
  'Зыков', 'Коротаев', 'Ситников', 'Злобин', 'Шихов', 'Мальцев', 'Чувашов', 'Гагаринов', 'Пестов', 'Катаев', 'Долгушин', 'Русинов'];
const FEMALE_NAMES = ['Анна', 'Мария', 'Елена', 'Ольга', 'Наталья', 'Татьяна', 'Ирина', 'Светлана', 'Екатерина', 'Юлия', 'Галина', 'Людмила',
  'Надежда', 'Любовь', 'Марина', 'Валентина', 'Оксана', 'Алёна', 'Дарья', 'Ксения', 'Виктория', 'Анастасия', 'Полина', 'Вера'];
const MALE_NAMES = ['Александр', 'Сергей', 'Андрей', 'Алексей', 'Дмитрий', 'Михаил', 'Николай', 'Владимир', 'Евгений', 'Иван', 'Павел', 'Игорь', 'Юрий', 'Виктор'];
const PATRONYMIC_ROOTS = ['Александров', 'Сергеев', 'Андреев', 'Алексеев', 'Дмитриев', 'Михайлов', 'Николаев', 'Владимиров', 'Викторов', 'Иванов', 'Петров', 'Юрьев'];

const SCHOOL_SUBJECTS: [string, string][] = [
  ['RUSSIAN', 'Учитель русского языка и литературы'], ['MATH', 'Учитель математики'], ['ENGLISH', 'Учитель английского языка'],
  ['HISTORY', 'Учитель истории и обществознания'], ['PHYSICS', 'Учитель физики'], ['CHEMISTRY', 'Учитель химии и биологии'],
  ['BIOLOGY', 'Учитель биологии'], ['GEOGRAPHY', 'Учитель географии'], ['INFORMATICS', 'Учитель информатики'], ['PHYSICAL_EDUCATION', 'Учитель физической культуры'],
  ['TECHNOLOGY', 'Учитель технологии'], ['MUSIC', 'Учитель музыки'], ['ART', 'Учитель изобразительного искусства'], ['OBZR', 'Преподаватель-организатор ОБЖ'],
];
const PROVIDERS = ['ЦНППМ Кировской области', 'КОГОАУ ДПО «Институт развития образования Кировской области»', 'ФГАОУ ДПО «Академия Минпросвещения России»', 'ООО «Центр онлайн-обучения Нетология-групп»'];
const PROGRAMS = ['Реализация требований обновлённых ФГОС ООО', 'Формирование функциональной грамотности обучающихся', 'Школа современного учителя',
  'Цифровая образовательная среда: инструменты педагога', 'Наставничество в образовательной организации', 'Оценка образовательных результатов обучающихся'];

const STAFF_PER_KIND: Record<OrganizationKind, number> = {
  [OrganizationKind.SCHOOL]: 48, [OrganizationKind.PRESCHOOL]: 20, [OrganizationKind.ADDITIONAL]: 14, [OrganizationKind.METHODICAL_CENTER]: 8,
};

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * About 600 staff across the demo organizations, with distributions close to the seeds (seed 004:
 * ~80 % higher education, ~49 % with the highest or first category, ~36 % aged 50+, nearly all trained
 * in three years). Returns the staff id of the first school's first teacher, for the demo teacher.
 */
export async function seedDemoStaff(manager: EntityManager, organizations: Organization[], asOfYear: number): Promise<string> {
  const random = seededRandom(43);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const subjects = new Map((await manager.find(Subject)).map((s) => [s.code, s.id]));
  let snilsNumber = 150_000_000;
  let firstTeacherId = '';
  const positions: Partial<StaffPosition>[] = [];
  const staffSubjects: Partial<StaffSubject>[] = [];
  const trainings: Partial<TrainingRecord>[] = [];

  for (const organization of organizations) {
    const count = STAFF_PER_KIND[organization.kind];
    const members: Partial<StaffMember>[] = [];
    const plans: { position: PositionCode; subject: string | null; specialty: string }[] = [];
    for (let i = 0; i < count; i += 1) {
      const isFirst = firstTeacherId === '' && organization.kind === OrganizationKind.SCHOOL && i === 0;
      const gender = isFirst ? Gender.FEMALE : random() < 0.86 ? Gender.FEMALE : Gender.MALE;
      const female = gender === Gender.FEMALE;
      // Age: 36 % over 50, ~22 % under 35 (seed 004).
      const r = random();
      const age = isFirst ? 36 : r < 0.08 ? 22 + Math.floor(random() * 3) : r < 0.22 ? 25 + Math.floor(random() * 10) : r < 0.64 ? 35 + Math.floor(random() * 15) : 50 + Math.floor(random() * 18);
      const birthYear = asOfYear - age - (random() < 0.5 ? 1 : 0);
      const birthDate = isFirst ? '1990-04-12' : isoDate(birthYear, 1 + Math.floor(random() * 12), 1 + Math.floor(random() * 28));
      const startAge = 21 + Math.floor(random() * 5);
      const teachingYear = Math.min(Number(birthDate.slice(0, 4)) + startAge, asOfYear - (random() < 0.1 ? 1 : 2));
      const teachingSince = isFirst ? '2013-09-01' : isoDate(teachingYear, 9, 1);
      const c = random();
      const category = isFirst ? QualificationCategory.FIRST : c < 0.21 ? QualificationCategory.HIGHEST : c < 0.49 ? QualificationCategory.FIRST : c < 0.72 ? QualificationCategory.CONFORMITY : QualificationCategory.NONE;
      const assignedYear = Math.max(teachingYear + 2, asOfYear - Math.floor(random() * 5));
      const categoryAssignedOn = category === QualificationCategory.NONE || assignedYear > asOfYear ? null : isoDate(assignedYear, 1 + Math.floor(random() * 11), 10);

      let plan: { position: PositionCode; subject: string | null; specialty: string };
      if (organization.kind === OrganizationKind.SCHOOL) {
        if (i === 0 && !isFirst) plan = { position: PositionCode.DIRECTOR, subject: null, specialty: 'Учитель истории' };
        else if (i === 1) plan = { position: PositionCode.DEPUTY_DIRECTOR, subject: 'RUSSIAN', specialty: 'Учитель русского языка и литературы' };
        else if (i < 12) plan = { position: PositionCode.PRIMARY_TEACHER, subject: 'PRIMARY', specialty: 'Учитель начальных классов' };
        else if (i === 12) plan = { position: PositionCode.PSYCHOLOGIST, subject: null, specialty: 'Педагог-психолог' };
        else if (i === 13) plan = { position: PositionCode.SOCIAL_PEDAGOGUE, subject: null, specialty: 'Социальный педагог' };
        else if (i === 14) plan = { position: PositionCode.UPBRINGING_ADVISER, subject: null, specialty: 'Педагог-организатор' };
        else {
          const [subject, specialty] = isFirst ? SCHOOL_SUBJECTS[1] : pick(SCHOOL_SUBJECTS);
          plan = { position: PositionCode.TEACHER, subject, specialty };
        }
        if (isFirst) plan = { position: PositionCode.TEACHER, subject: 'MATH', specialty: 'Учитель математики и информатики' };
      } else if (organization.kind === OrganizationKind.PRESCHOOL) {
        plan = i === 0 ? { position: PositionCode.DIRECTOR, subject: null, specialty: 'Дошкольное образование' }
          : i < 3 ? { position: pick([PositionCode.MUSIC_DIRECTOR, PositionCode.SPEECH_THERAPIST, PositionCode.PHYSICAL_INSTRUCTOR]), subject: null, specialty: 'Дошкольное образование' }
          : { position: PositionCode.EDUCATOR, subject: 'PRESCHOOL', specialty: 'Воспитатель детей дошкольного возраста' };
      } else if (organization.kind === OrganizationKind.ADDITIONAL) {
        plan = i === 0 ? { position: PositionCode.DIRECTOR, subject: null, specialty: 'Педагог дополнительного образования' }
          : { position: PositionCode.ADDITIONAL_EDUCATION_TEACHER, subject: 'ADDITIONAL', specialty: 'Педагог дополнительного образования' };
      } else {
        plan = { position: i === 0 ? PositionCode.DIRECTOR : PositionCode.METHODIST, subject: null, specialty: 'Учитель, методист' };
      }
      plans.push(plan);

      const lastName = isFirst ? 'Пестова' : `${pick(SURNAMES)}${female ? 'а' : ''}`;
      const firstName = isFirst ? 'Анна' : female ? pick(FEMALE_NAMES) : pick(MALE_NAMES);
      const middleName = isFirst ? 'Сергеевна' : `${pick(PATRONYMIC_ROOTS)}${female ? 'на' : 'ич'}`;
      snilsNumber += 7919;
      members.push({
        regionId: organization.regionId, municipalityId: organization.municipalityId, organizationId: organization.id,
        snils: withSnilsChecksum(snilsNumber), lastName, firstName, middleName, gender, birthDate, email: null, phone: null,
        educationLevel: random() < 0.8 ? EducationLevel.HIGHER : EducationLevel.SECONDARY_VOCATIONAL,
        educationSpecialty: plan.specialty, teachingSince, category, categoryAssignedOn: category === QualificationCategory.NONE ? null : categoryAssignedOn ?? isoDate(asOfYear - 1, 3, 1),
        employment: Employment.MAIN, hiredOn: teachingSince, dismissedOn: null, isTutor: random() < 0.03, isSupervisor: random() < 0.01,
        isExpert: random() < 0.06, externalId: null,
      });
    }
    const inserted = await manager.insert(StaffMember, members);
    inserted.identifiers.forEach(({ id }, index) => {
      const plan = plans[index];
      if (!firstTeacherId && organization.kind === OrganizationKind.SCHOOL && index === 0) firstTeacherId = id;
      positions.push({ staffMemberId: id, position: plan.position, weeklyHours: plan.position === PositionCode.TEACHER ? String(18 + Math.floor(random() * 9)) : '36' });
      if (plan.subject && subjects.has(plan.subject)) staffSubjects.push({ staffMemberId: id, subjectId: subjects.get(plan.subject)!, profileMatch: random() < 0.9 });
      // 98.5 % trained in three years (seed 004): one or two completed courses, older ones for some.
      const courses = random() < 0.985 ? 1 + Math.floor(random() * 2) : 0;
      for (let k = 0; k < courses; k += 1) {
        const year = asOfYear - Math.floor(random() * 3);
        const month = 1 + Math.floor(random() * 10);
        const provider = pick(PROVIDERS);
        trainings.push({
          staffMemberId: id, regionId: organization.regionId, municipalityId: organization.municipalityId, organizationId: organization.id,
          kind: random() < 0.93 ? TrainingKind.ADVANCED : TrainingKind.RETRAINING, programName: pick(PROGRAMS), provider, hours: pick([16, 24, 36, 72]),
          startedOn: isoDate(year, month, 1), completedOn: isoDate(year, month, 20), isCnppm: provider.startsWith('ЦНППМ'),
          isFederalRegistry: random() < 0.4, isIct: random() < 0.2, certificateNumber: null, externalId: null,
        });
      }
    });
  }
  for (let i = 0; i < positions.length; i += 500) await manager.insert(StaffPosition, positions.slice(i, i + 500));
  for (let i = 0; i < staffSubjects.length; i += 500) await manager.insert(StaffSubject, staffSubjects.slice(i, i + 500));
  for (let i = 0; i < trainings.length; i += 500) await manager.insert(TrainingRecord, trainings.slice(i, i + 500));
  return firstTeacherId;
}
