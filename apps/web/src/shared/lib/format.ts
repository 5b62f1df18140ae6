import dayjs from 'dayjs';

export const DATE_FORMAT = 'DD.MM.YYYY';
export const DATE_TIME_FORMAT = 'DD.MM.YYYY HH:mm';
/** The format of the API's date-only query parameters (audit log from/to). */
export const API_DATE_FORMAT = 'YYYY-MM-DD';
export const EMPTY_VALUE = '—';

/** «05.01.2026 09:07» in the browser's time zone; «—» for no value or an invalid date. */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return EMPTY_VALUE;
  const date = dayjs(value);
  return date.isValid() ? date.format(DATE_TIME_FORMAT) : EMPTY_VALUE;
}

export function formatDate(value: string | Date | null | undefined): string {
  if (value === null || value === undefined || value === '') return EMPTY_VALUE;
  const date = dayjs(value);
  return date.isValid() ? date.format(DATE_FORMAT) : EMPTY_VALUE;
}

export function formatYesNo(value: boolean): string {
  return value ? 'да' : 'нет';
}

const API_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date written as the API's date parameters are (2026-02-30 is not one). */
export function isApiDate(value: string): boolean {
  return API_DATE.test(value) && dayjs(value).format(API_DATE_FORMAT) === value;
}

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

export function isIsoDateTime(value: string): boolean {
  return ISO_DATE_TIME.test(value) && dayjs(value).isValid();
}

/** «Всего: 42» style total for tables, with the Russian plural of «запись». */
export function pluralRecords(count: number): string {
  const mod10 = count % 10;
  const mod100 = count % 100;
  if (mod10 === 1 && mod100 !== 11) return `${count} запись`;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return `${count} записи`;
  return `${count} записей`;
}
