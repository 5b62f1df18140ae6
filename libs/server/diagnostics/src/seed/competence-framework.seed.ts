import { CompetenceArea } from '@sopr/shared';

export interface CompetenceSeed {
  code: string;
  name: string;
  area: CompetenceArea;
  parentCode: string | null;
}

/**
 * Version 1 of the national default framework (DOMAIN.md, Diagnostics; seed 000, 2.2.1.2): the
 * professional competences and the formation of pupils' functional literacy. Later versions are
 * data, edited in the product; this constant only seeds the first one.
 */
export const DEFAULT_FRAMEWORK_NAME = 'Профессиональные компетенции педагога и формирование функциональной грамотности';

const P = CompetenceArea.PROFESSIONAL;
const F = CompetenceArea.FUNCTIONAL_LITERACY;

export const DEFAULT_COMPETENCES: CompetenceSeed[] = [
  { code: 'PROF', name: 'Профессиональные компетенции', area: P, parentCode: null },
  { code: 'PROF.SUBJECT', name: 'Предметная компетенция', area: P, parentCode: 'PROF' },
  { code: 'PROF.METHODICAL', name: 'Методическая компетенция', area: P, parentCode: 'PROF' },
  { code: 'PROF.PSYCHOLOGICAL', name: 'Психолого-педагогическая компетенция', area: P, parentCode: 'PROF' },
  { code: 'PROF.COMMUNICATIVE', name: 'Коммуникативная компетенция', area: P, parentCode: 'PROF' },
  { code: 'FL', name: 'Формирование функциональной грамотности обучающихся', area: F, parentCode: null },
  { code: 'FL.READING', name: 'Читательская грамотность', area: F, parentCode: 'FL' },
  { code: 'FL.MATH', name: 'Математическая грамотность', area: F, parentCode: 'FL' },
  { code: 'FL.SCIENCE', name: 'Естественнонаучная грамотность', area: F, parentCode: 'FL' },
  { code: 'FL.FINANCIAL', name: 'Финансовая грамотность', area: F, parentCode: 'FL' },
  { code: 'FL.DIGITAL', name: 'Цифровая грамотность', area: F, parentCode: 'FL' },
  { code: 'FL.GLOBAL', name: 'Глобальные компетенции', area: F, parentCode: 'FL' },
  { code: 'FL.CREATIVE', name: 'Креативное мышление', area: F, parentCode: 'FL' },
];
