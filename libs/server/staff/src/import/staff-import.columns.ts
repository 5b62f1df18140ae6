import {
  EDUCATION_LEVEL_TITLES, EducationLevel, Employment, Gender, POSITION_TITLES, PositionCode, QUALIFICATION_CATEGORY_TITLES, QualificationCategory,
} from '@sopr/shared';

/** One parsed row of a staff file: the same shape the API takes, plus where it points. */
export interface StaffRowInput {
  externalId: string | null;
  organization: string | null;
  snils: string;
  lastName: string;
  firstName: string;
  middleName: string | null;
  gender: Gender;
  birthDate: string;
  email: string | null;
  phone: string | null;
  educationLevel: EducationLevel;
  educationSpecialty: string | null;
  teachingSince: string;
  category: QualificationCategory;
  categoryAssignedOn: string | null;
  employment: Employment;
  hiredOn: string;
  dismissedOn: string | null;
  positions: PositionCode[];
  weeklyHours: number | null;
  subjects: string[];
  isTutor: boolean;
  isSupervisor: boolean;
  isExpert: boolean;
}

type Parsed<T> = { value: T } | { error: string };

export interface ImportColumn {
  header: string;
  key: keyof StaffRowInput;
  required: boolean;
  example: string;
  parse: (raw: string) => Parsed<unknown>;
}

const lower = (s: string) => s.trim().toLowerCase().replace(/ё/g, 'е');

function text(max: number) {
  return (raw: string): Parsed<string | null> => {
    const value = raw.trim().replace(/\s+/g, ' ');
    if (value === '') return { value: null };
    return value.length > max ? { error: `Не длиннее ${max} символов` } : { value };
  };
}

function requiredText(max: number) {
  return (raw: string): Parsed<string> => {
    const parsed = text(max)(raw);
    if ('error' in parsed) return parsed;
    return parsed.value === null ? { error: 'Обязательное поле' } : { value: parsed.value };
  };
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** ДД.ММ.ГГГГ (как пишет Excel по-русски) или ГГГГ-ММ-ДД; проверяется, что такая дата существует. */
export function parseDate(raw: string): Parsed<string | null> {
  const value = raw.trim();
  if (value === '') return { value: null };
  const match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value) ?? /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return { error: 'Дата в формате ДД.ММ.ГГГГ' };
  const [y, m, d] = value.includes('.') ? [match[3], match[2], match[1]] : [match[1], match[2], match[3]];
  const [year, month, day] = [Number(y), Number(m), Number(d)];
  const monthDays = month === 2 && isLeap(year) ? 29 : DAYS_IN_MONTH[month - 1];
  if (year < 1 || monthDays === undefined || day < 1 || day > monthDays) return { error: 'Такой даты не существует' };
  return { value: `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}` };
}

function requiredDate(raw: string): Parsed<string> {
  const parsed = parseDate(raw);
  if ('error' in parsed) return parsed;
  return parsed.value === null ? { error: 'Обязательное поле' } : { value: parsed.value };
}

function oneOf<T extends string>(options: Record<string, T>, fallback: T | null, hint: string) {
  return (raw: string): Parsed<T> => {
    const key = lower(raw);
    if (key === '' && fallback !== null) return { value: fallback };
    const value = options[key];
    return value ? { value } : { error: `Допустимые значения: ${hint}` };
  };
}

function titlesToOptions<T extends string>(titles: Record<T, string>, extra: Record<string, T> = {}): Record<string, T> {
  const options: Record<string, T> = { ...extra };
  for (const [code, title] of Object.entries(titles) as [T, string][]) {
    options[lower(title)] = code;
    options[lower(code)] = code;
  }
  return options;
}

function flag(raw: string): Parsed<boolean> {
  const key = lower(raw);
  if (['', 'нет', '0', '-', 'false'].includes(key)) return { value: false };
  if (['да', '1', '+', 'true'].includes(key)) return { value: true };
  return { error: 'Укажите «да» или «нет»' };
}

const POSITION_OPTIONS = titlesToOptions(POSITION_TITLES);

function positions(raw: string): Parsed<PositionCode[]> {
  const names = raw.split(/[;,]/).map((s) => s.trim()).filter(Boolean);
  if (names.length === 0) return { error: 'Обязательное поле' };
  const codes: PositionCode[] = [];
  for (const name of names) {
    const code = POSITION_OPTIONS[lower(name)];
    if (!code) return { error: `Неизвестная должность «${name}»` };
    codes.push(code);
  }
  return { value: codes };
}

function list(raw: string): Parsed<string[]> {
  return { value: raw.split(/[;,]/).map((s) => s.trim()).filter(Boolean) };
}

function hours(raw: string): Parsed<number | null> {
  const value = raw.trim().replace(',', '.');
  if (value === '') return { value: null };
  const n = Number(value);
  return Number.isFinite(n) && n >= 0 && n <= 60 ? { value: n } : { error: 'Число часов от 0 до 60' };
}

/** The template's columns, in order: Russian headers users see in Excel. */
export const IMPORT_COLUMNS: ImportColumn[] = [
  { header: 'Внешний идентификатор', key: 'externalId', required: false, example: 'kirs-sh1-001', parse: text(64) },
  { header: 'Организация', key: 'organization', required: false, example: 'СШ № 1 г. Кирса', parse: text(300) },
  { header: 'СНИЛС', key: 'snils', required: true, example: '112-233-445 95', parse: requiredText(14) },
  { header: 'Фамилия', key: 'lastName', required: true, example: 'Пестова', parse: requiredText(80) },
  { header: 'Имя', key: 'firstName', required: true, example: 'Анна', parse: requiredText(80) },
  { header: 'Отчество', key: 'middleName', required: false, example: 'Сергеевна', parse: text(80) },
  { header: 'Пол', key: 'gender', required: true, example: 'ж', parse: oneOf({ м: Gender.MALE, муж: Gender.MALE, мужской: Gender.MALE, ж: Gender.FEMALE, жен: Gender.FEMALE, женский: Gender.FEMALE }, null, 'м, ж') },
  { header: 'Дата рождения', key: 'birthDate', required: true, example: '12.04.1990', parse: requiredDate },
  { header: 'Электронная почта', key: 'email', required: false, example: 'pestova@school1.ru', parse: text(254) },
  { header: 'Телефон', key: 'phone', required: false, example: '+7 912 000-00-00', parse: text(32) },
  { header: 'Уровень образования', key: 'educationLevel', required: true, example: 'высшее', parse: oneOf(titlesToOptions(EDUCATION_LEVEL_TITLES, { спо: EducationLevel.SECONDARY_VOCATIONAL }), null, 'высшее, среднее профессиональное, иное') },
  { header: 'Специальность по диплому', key: 'educationSpecialty', required: false, example: 'Учитель математики и информатики', parse: text(200) },
  { header: 'Начало педагогического стажа', key: 'teachingSince', required: true, example: '01.09.2013', parse: requiredDate },
  {
    header: 'Квалификационная категория', key: 'category', required: false, example: 'первая',
    parse: oneOf(titlesToOptions(QUALIFICATION_CATEGORY_TITLES, { соответствие: QualificationCategory.CONFORMITY, сзд: QualificationCategory.CONFORMITY, нет: QualificationCategory.NONE }), QualificationCategory.NONE, 'высшая, первая, соответствие, без категории'),
  },
  { header: 'Дата присвоения категории', key: 'categoryAssignedOn', required: false, example: '15.03.2022', parse: parseDate },
  { header: 'Вид занятости', key: 'employment', required: false, example: 'основное', parse: oneOf({ основное: Employment.MAIN, основная: Employment.MAIN, совместительство: Employment.PART_TIME, 'внешнее совместительство': Employment.PART_TIME, 'внутреннее совместительство': Employment.PART_TIME }, Employment.MAIN, 'основное, совместительство') },
  { header: 'Дата приёма', key: 'hiredOn', required: true, example: '01.09.2013', parse: requiredDate },
  { header: 'Дата увольнения', key: 'dismissedOn', required: false, example: '', parse: parseDate },
  { header: 'Должности', key: 'positions', required: true, example: 'Учитель', parse: positions },
  { header: 'Недельная нагрузка, ч', key: 'weeklyHours', required: false, example: '18', parse: hours },
  { header: 'Предметы', key: 'subjects', required: false, example: 'Математика, Информатика', parse: list },
  { header: 'Тьютор', key: 'isTutor', required: false, example: 'нет', parse: flag },
  { header: 'Супервизор', key: 'isSupervisor', required: false, example: 'нет', parse: flag },
  { header: 'Эксперт', key: 'isExpert', required: false, example: 'нет', parse: flag },
];
