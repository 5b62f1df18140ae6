/** The self-diagnostics questionnaire: sections, the Likert scale, progress and unanswered items. */
import type { QuestionnaireDto, QuestionnaireItemDto } from '@sopr/api-client';
import { isApiErrorLike } from '../../../shared/lib/api-errors';

export type Answers = Record<string, number>;

export interface QuestionSection {
  competenceCode: string;
  competenceName: string;
  items: QuestionnaireItemDto[];
}

/** Items grouped by competence, in the order the competences first appear. */
export function sectionsOf(items: readonly QuestionnaireItemDto[]): QuestionSection[] {
  const sections = new Map<string, QuestionSection>();
  for (const item of items) {
    const section = sections.get(item.competenceCode) ?? { competenceCode: item.competenceCode, competenceName: item.competenceName, items: [] };
    section.items.push(item);
    sections.set(item.competenceCode, section);
  }
  return [...sections.values()];
}

/** The answers scaleMin…scaleMax with their labels (labels[i] is the value scaleMin + i). */
export function scaleOptions(questionnaire: Pick<QuestionnaireDto, 'scaleMin' | 'scaleMax' | 'scaleLabels'>): { value: number; label: string }[] {
  const options: { value: number; label: string }[] = [];
  for (let value = questionnaire.scaleMin; value <= questionnaire.scaleMax; value += 1) {
    options.push({ value, label: questionnaire.scaleLabels[value - questionnaire.scaleMin] ?? String(value) });
  }
  return options;
}

export interface Progress {
  answered: number;
  total: number;
  /** 0–100, whole. */
  percent: number;
}

/** How many items of the questionnaire have an answer. */
export function progressOf(answers: Answers, items: readonly Pick<QuestionnaireItemDto, 'code'>[]): Progress {
  const total = items.length;
  const answered = items.filter((item) => answers[item.code] !== undefined).length;
  return { answered, total, percent: total > 0 ? Math.floor((100 * answered) / total) : 0 };
}

/** The answers that differ from what the server has (to save only those). */
export function changedAnswers(current: Answers, saved: Answers): Answers {
  return Object.fromEntries(Object.entries(current).filter(([code, value]) => saved[code] !== value));
}

/** The codes of unanswered items from a refused submit (errors `answers.<code>`), in the questionnaire's order. */
export function unansweredOf(error: unknown, items: readonly Pick<QuestionnaireItemDto, 'code'>[]): string[] {
  if (!isApiErrorLike(error)) return [];
  const codes = new Set(
    (error.body.errors ?? []).filter((e) => e.field.startsWith('answers.')).map((e) => e.field.slice('answers.'.length)),
  );
  return items.map((item) => item.code).filter((code) => codes.has(code));
}

/** The DOM id of an item's block (to scroll to it). */
export const questionElementId = (code: string): string => `question-${code.replace(/[^A-Za-z0-9_-]/g, '_')}`;
