import { ORGANIZATION_KIND_TITLES, OrganizationKind } from '@sopr/shared';
import { EMPTY_VALUE, formatDateTime, formatYesNo, isIsoDateTime } from '../../shared/lib/format';
import { roleTitle } from '../users/roles';

export const ENTITY_TITLES: Readonly<Record<string, string>> = {
  region: 'Регион',
  municipality: 'Муниципалитет',
  organization: 'Организация',
  user: 'Пользователь',
  apiKey: 'Ключ API',
};

export const ACTION_TITLES: Readonly<Record<string, string>> = {
  CREATE: 'Создание',
  UPDATE: 'Изменение',
  DELETE: 'Удаление',
  READ_SENSITIVE: 'Просмотр персональных данных',
};

export const FIELD_TITLES: Readonly<Record<string, string>> = {
  name: 'Название',
  shortName: 'Краткое название',
  kind: 'Тип',
  inn: 'ИНН',
  address: 'Адрес',
  externalId: 'Внешний идентификатор',
  active: 'Активность',
  code: 'Код',
  oktmo: 'ОКТМО',
  email: 'Электронная почта',
  fullName: 'ФИО',
  role: 'Роль',
  password: 'Пароль',
  regionId: 'Регион',
  municipalityId: 'Муниципалитет',
  organizationId: 'Организация',
  staffMemberId: 'Сотрудник',
  lastLoginAt: 'Последний вход',
  revokedAt: 'Отозван',
};

/** Value the server writes in place of secrets. */
const MASKED = '***';

export function entityTitle(entity: string): string {
  return ENTITY_TITLES[entity] ?? entity;
}

export function actionTitle(action: string): string {
  return ACTION_TITLES[action] ?? action;
}

export function fieldTitle(field: string): string {
  return FIELD_TITLES[field] ?? field;
}

/** One changed value in words: dates as DD.MM.YYYY HH:mm, booleans as да/нет, codes as titles. */
export function formatValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return EMPTY_VALUE;
  if (value === MASKED) return 'скрыто';
  if (typeof value === 'boolean') return formatYesNo(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    if (field === 'role') return roleTitle(value);
    if (field === 'kind') return ORGANIZATION_KIND_TITLES[value as OrganizationKind] ?? value;
    if (isIsoDateTime(value)) return formatDateTime(value);
    return value;
  }
  return JSON.stringify(value);
}

export interface ChangeLine {
  field: string;
  title: string;
  from: string;
  to: string;
  /** The raw values, e.g. to show ids as names. */
  fromRaw: unknown;
  toRaw: unknown;
  /** «Название: было → стало», or «Пароль: изменён» for secrets. */
  text: string;
}

function isChange(value: unknown): value is { from?: unknown; to?: unknown } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && ('from' in value || 'to' in value);
}

/** Fields that hold the id of a region, municipality or organization (shown by name in the UI). */
export const PLACE_FIELDS = ['regionId', 'municipalityId', 'organizationId'] as const;
export type PlaceField = (typeof PLACE_FIELDS)[number];

export function isPlaceField(field: string): field is PlaceField {
  return (PLACE_FIELDS as readonly string[]).includes(field);
}

const isEmpty = (value: unknown): boolean => value === null || value === undefined || value === '';

/**
 * The `changes` of an audit entry ({ поле: { from, to } }) as readable lines, in the server's
 * order. Entries that changed nothing visible (empty → empty) are left out; anything that is not
 * such an object gives no lines.
 */
export function formatChanges(changes: unknown): ChangeLine[] {
  if (typeof changes !== 'object' || changes === null || Array.isArray(changes)) return [];
  const entries = Object.entries(changes as Record<string, unknown>).filter(
    ([, change]) => !(isChange(change) ? isEmpty(change.from) && isEmpty(change.to) : isEmpty(change)),
  );
  return entries.map(([field, change]) => {
    const title = fieldTitle(field);
    const fromRaw = isChange(change) ? change.from : null;
    const toRaw = isChange(change) ? change.to : change;
    const from = formatValue(field, fromRaw);
    const to = formatValue(field, toRaw);
    const secret = fromRaw === MASKED || toRaw === MASKED;
    const text = secret ? `${title}: изменён` : `${title}: ${from} → ${to}`;
    return { field, title, from, to, fromRaw, toRaw, text };
  });
}
