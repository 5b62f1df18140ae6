/**
 * Recommendations as the pages show them: titles and colours of rules, priorities, addressees and
 * statuses, the status filter («Открытые» by default), what the addressee may do next, the names of
 * those a recommendation is about, and the paging of «Открытые» over two statuses. Pure: no React,
 * no client runtime.
 */
import type { RecommendationDto, RecommendationStatus as ApiRecommendationStatus, RecommendationSubjectDto } from '@sopr/api-client';
import {
  RECOMMENDATION_ADDRESSEE_TITLES, RECOMMENDATION_PRIORITY_TITLES, RECOMMENDATION_STATUS_TITLES, RecommendationAddressee, RecommendationPriority,
  RecommendationStatus,
} from '@sopr/shared';

/** The rules of the server (RECOMMENDATION_RULES), in the order a user thinks of them. */
export const RULE_TITLES: Record<string, string> = {
  diagnose: 'Диагностика',
  'training-due': 'Повышение квалификации',
  'category-expiring': 'Аттестация',
  'lagging-org': 'Отстающая организация',
  'deficit-topic': 'Тема для методобъединения',
};

/** A rule's Russian title; an unknown (newer) rule shows its code. */
export const ruleTitle = (code: string): string => RULE_TITLES[code] ?? code;
export const RULE_OPTIONS = Object.entries(RULE_TITLES).map(([value, label]) => ({ value, label }));

export const priorityTitle = (priority: string): string => RECOMMENDATION_PRIORITY_TITLES[priority as RecommendationPriority] ?? priority;
const PRIORITY_COLORS: Record<string, string> = {
  [RecommendationPriority.HIGH]: 'red',
  [RecommendationPriority.MEDIUM]: 'orange',
  [RecommendationPriority.LOW]: 'default',
};
export const priorityColor = (priority: string): string => PRIORITY_COLORS[priority] ?? 'default';

export const addresseeTitle = (addressee: string): string => RECOMMENDATION_ADDRESSEE_TITLES[addressee as RecommendationAddressee] ?? addressee;
export const ADDRESSEE_OPTIONS = Object.values(RecommendationAddressee).map((value) => ({ value, label: RECOMMENDATION_ADDRESSEE_TITLES[value] }));

export const statusTitle = (status: string): string => RECOMMENDATION_STATUS_TITLES[status as RecommendationStatus] ?? status;
const STATUS_COLORS: Record<string, string> = {
  [RecommendationStatus.ISSUED]: 'blue',
  [RecommendationStatus.ACCEPTED]: 'processing',
  [RecommendationStatus.DONE]: 'success',
  [RecommendationStatus.REJECTED]: 'default',
};
export const statusColor = (status: string): string => STATUS_COLORS[status] ?? 'default';

/** The status filter of the list: the open ones (issued or accepted), every status, or one status. */
export const OPEN_FILTER = 'OPEN';
export const ALL_FILTER = 'ALL';
export type StatusFilter = typeof OPEN_FILTER | typeof ALL_FILTER | ApiRecommendationStatus;

export const STATUS_FILTER_OPTIONS: { value: StatusFilter; label: string }[] = [
  { value: OPEN_FILTER, label: 'Открытые' },
  ...Object.values(RecommendationStatus).map((status) => ({ value: status, label: RECOMMENDATION_STATUS_TITLES[status] })),
  { value: ALL_FILTER, label: 'Все' },
];

/** The filter in the URL (absent or unknown: the open ones). */
export function statusFilterOf(value: string | undefined): StatusFilter {
  return STATUS_FILTER_OPTIONS.some((option) => option.value === value) ? (value as StatusFilter) : OPEN_FILTER;
}

/** The filter as the URL keeps it: the default (open) is left out. */
export function statusFilterParam(filter: StatusFilter): string | undefined {
  return filter === OPEN_FILTER ? undefined : filter;
}

/** The statuses the API is asked for: the open filter needs two requests (the API takes one status), «Все» none. */
export function statusesOf(filter: StatusFilter): ApiRecommendationStatus[] {
  if (filter === OPEN_FILTER) return [RecommendationStatus.ISSUED, RecommendationStatus.ACCEPTED];
  if (filter === ALL_FILTER) return [];
  return [filter];
}

export const isOpen = (status: string): boolean => status === RecommendationStatus.ISSUED || status === RecommendationStatus.ACCEPTED;

export type RecommendationAction = 'accept' | 'done' | 'reject';

/** The status each action moves a recommendation to, and its button. */
export const ACTIONS: Record<RecommendationAction, { status: ApiRecommendationStatus; title: string; done: string }> = {
  accept: { status: RecommendationStatus.ACCEPTED, title: 'Принять', done: 'Рекомендация принята в работу' },
  done: { status: RecommendationStatus.DONE, title: 'Выполнено', done: 'Рекомендация отмечена выполненной' },
  reject: { status: RecommendationStatus.REJECTED, title: 'Отклонить', done: 'Рекомендация отклонена' },
};

/** What the user may do with it: only its addressee (`canAct`), issued → accepted or rejected, accepted → done or rejected. */
export function allowedActions(recommendation: Pick<RecommendationDto, 'status' | 'canAct'>): RecommendationAction[] {
  if (!recommendation.canAct) return [];
  if (recommendation.status === RecommendationStatus.ISSUED) return ['accept', 'reject'];
  if (recommendation.status === RecommendationStatus.ACCEPTED) return ['done', 'reject'];
  return [];
}

/** «Иванова Анна Петровна» → «Иванова А. П.»; a name of one word stays as it is. */
export function shortPersonName(fullName: string): string {
  const [lastName, ...rest] = fullName.trim().split(/\s+/);
  const initials = rest.filter(Boolean).map((part) => `${part[0].toUpperCase()}.`);
  return [lastName, ...initials].join(' ');
}

/** A subject's name as the list shows it: people by surname and initials, the rest as named. */
export const subjectName = (subject: Pick<RecommendationSubjectDto, 'kind' | 'name'>): string =>
  subject.kind === 'STAFF' ? shortPersonName(subject.name) : subject.name;

/**
 * The first `shown` subjects and how many more: «Иванова А. П., Петров И. И. и ещё 12». One more
 * than `shown` is named rather than counted («и ещё 1» hides no space).
 */
export function summariseSubjects<T extends Pick<RecommendationSubjectDto, 'kind' | 'name'>>(subjects: readonly T[], shown = 2): { shown: T[]; more: number; text: string } {
  const count = subjects.length <= shown + 1 ? subjects.length : Math.max(1, shown);
  const head = subjects.slice(0, count);
  const more = subjects.length - head.length;
  const names = head.map(subjectName).join(', ');
  return { shown: head, more, text: more > 0 ? `${names} и ещё ${more}` : names };
}

/** Where a subject opens: a person's staff card for those who read staff records; organizations and competences have no page here. */
export function subjectHref(subject: Pick<RecommendationSubjectDto, 'kind' | 'id'>, readsStaff: boolean): string | null {
  return subject.kind === 'STAFF' && readsStaff ? `/staff/${subject.id}` : null;
}

export interface PageWindow {
  offset: number;
  limit: number;
  /** How many of the second request's items belong to the page. */
  take: number;
}

/**
 * «Открытые» are the issued ones, then the accepted ones, each in the list's order. The page
 * `offset`/`limit` is read from the issued ones first; this is the request of the accepted ones that
 * fills the rest of it (given the issued total and how many of them the page got). Its total is
 * always needed, so with a full page it asks for one item and takes none.
 */
export function secondStatusWindow(page: { offset: number; limit: number }, firstTotal: number, firstCount: number): PageWindow {
  const rest = page.limit - firstCount;
  if (rest <= 0) return { offset: 0, limit: 1, take: 0 };
  return { offset: Math.max(0, page.offset - firstTotal), limit: rest, take: rest };
}

/** The empty list, for every combination of filters: «Рекомендаций нет» and what was asked for. */
export function emptyListText(filter: StatusFilter, narrowed: boolean): string {
  const text = filter === OPEN_FILTER ? 'Открытых рекомендаций нет' : filter === ALL_FILTER ? 'Рекомендаций нет' : `Рекомендаций нет в статусе «${statusTitle(filter)}»`;
  return narrowed ? `${text} по условиям отбора` : text;
}
