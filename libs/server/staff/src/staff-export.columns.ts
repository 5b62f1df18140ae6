import { XlsxColumn } from '@sopr/server-core';
import {
  AGE_GROUP_TITLES, EDUCATION_LEVEL_TITLES, EXPERIENCE_GROUP_TITLES, POSITION_TITLES, QUALIFICATION_CATEGORY_TITLES,
} from '@sopr/shared';
import { CompositionRowDto } from './dto/composition.dto';
import { StaffMemberListItemDto } from './dto/staff-member.dto';

const yesNo = (value: boolean) => (value ? 'да' : 'нет');
const ruDate = (iso: string | null) => (iso ? iso.split('-').reverse().join('.') : '');

/** Columns of the staff list export (Russian headers, the list's masked SNILS). */
export const STAFF_EXPORT_COLUMNS: XlsxColumn<StaffMemberListItemDto>[] = [
  { header: 'ФИО', width: 36, value: (r) => r.fullName },
  { header: 'Организация', width: 40, value: (r) => r.organizationName },
  { header: 'СНИЛС', width: 16, value: (r) => r.snilsMasked },
  { header: 'Пол', width: 6, value: (r) => (r.gender === 'MALE' ? 'м' : 'ж') },
  { header: 'Дата рождения', width: 14, value: (r) => ruDate(r.birthDate) },
  { header: 'Возраст', width: 9, value: (r) => r.age },
  { header: 'Возрастная группа', width: 24, value: (r) => AGE_GROUP_TITLES[r.ageGroup] },
  { header: 'Должности', width: 30, value: (r) => r.positions.map((p) => POSITION_TITLES[p]).join(', ') },
  { header: 'Предметы', width: 30, value: (r) => r.subjects.join(', ') },
  { header: 'Образование', width: 16, value: (r) => EDUCATION_LEVEL_TITLES[r.educationLevel] },
  { header: 'Педагогический стаж, лет', width: 12, value: (r) => r.experienceYears },
  { header: 'Группа по стажу', width: 16, value: (r) => EXPERIENCE_GROUP_TITLES[r.experienceGroup] },
  { header: 'Категория', width: 22, value: (r) => (r.categoryValid ? QUALIFICATION_CATEGORY_TITLES[r.category] : QUALIFICATION_CATEGORY_TITLES.NONE) },
  { header: 'Категория действует до', width: 14, value: (r) => (r.categoryValid ? ruDate(r.categoryExpiresOn) : '') },
  { header: 'ПК за 3 года', width: 10, value: (r) => yesNo(r.trainedInLast3Years) },
  { header: 'Молодой специалист', width: 10, value: (r) => yesNo(r.youngSpecialist) },
  { header: 'Пенсионный возраст', width: 10, value: (r) => yesNo(r.pensionAge) },
  { header: 'Уволен', width: 12, value: (r) => ruDate(r.dismissedOn) },
  { header: 'ID СОПР', width: 38, value: (r) => r.id },
];

const LEVEL_TITLES = { REGION: 'Регион', MUNICIPALITY: 'Муниципалитет', ORGANIZATION: 'Организация' } as const;
const share = (part: number, total: number) => (total === 0 ? 0 : Math.round((part / total) * 1000) / 10);

function countAndShare(title: string, count: (r: CompositionRowDto) => number): XlsxColumn<CompositionRowDto>[] {
  return [
    { header: `${title}, чел.`, width: 12, value: (r) => count(r) },
    { header: `${title}, %`, width: 10, value: (r) => share(count(r), r.total) },
  ];
}

/** Columns of the composition report export: counts and shares per group. */
export const COMPOSITION_EXPORT_COLUMNS: XlsxColumn<CompositionRowDto>[] = [
  { header: 'Уровень', width: 16, value: (r) => LEVEL_TITLES[r.level] },
  { header: 'Название', width: 44, value: (r) => r.name },
  { header: 'Всего педагогов', width: 12, value: (r) => r.total },
  ...(Object.keys(EDUCATION_LEVEL_TITLES) as (keyof typeof EDUCATION_LEVEL_TITLES)[]).flatMap((k) => countAndShare(`Образование: ${EDUCATION_LEVEL_TITLES[k].toLowerCase()}`, (r) => r.educationLevel[k])),
  ...(Object.keys(QUALIFICATION_CATEGORY_TITLES) as (keyof typeof QUALIFICATION_CATEGORY_TITLES)[]).flatMap((k) => countAndShare(`Категория: ${QUALIFICATION_CATEGORY_TITLES[k].toLowerCase()}`, (r) => r.category[k])),
  ...(Object.keys(AGE_GROUP_TITLES) as (keyof typeof AGE_GROUP_TITLES)[]).flatMap((k) => countAndShare(`Возраст: ${AGE_GROUP_TITLES[k]}`, (r) => r.ageGroup[k])),
  ...(Object.keys(EXPERIENCE_GROUP_TITLES) as (keyof typeof EXPERIENCE_GROUP_TITLES)[]).flatMap((k) => countAndShare(`Стаж: ${EXPERIENCE_GROUP_TITLES[k]}`, (r) => r.experienceGroup[k])),
  ...countAndShare('ПК за 3 года', (r) => r.trainedInLast3Years),
];
