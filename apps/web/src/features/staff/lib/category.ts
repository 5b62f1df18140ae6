import dayjs from 'dayjs';
import { API_DATE_FORMAT } from '../../../shared/lib/format';

/** A category is flagged this many months before it lapses (time to apply for certification). */
export const CATEGORY_WARNING_MONTHS = 6;

export type CategoryState = 'none' | 'valid' | 'expiresSoon' | 'expired';

interface CategoryFacts {
  category: string;
  categoryValid: boolean;
  categoryExpiresOn: string | null;
}

/** Today as the API's YYYY-MM-DD (the default «на дату»). */
export function todayIso(): string {
  return dayjs().format(API_DATE_FORMAT);
}

/** True when `expiresOn` is on or after `asOf` and no later than CATEGORY_WARNING_MONTHS after it. */
export function categoryExpiresSoon(expiresOn: string | null | undefined, asOf: string, months = CATEGORY_WARNING_MONTHS): boolean {
  if (!expiresOn) return false;
  const expires = dayjs(expiresOn);
  const start = dayjs(asOf);
  if (!expires.isValid() || !start.isValid()) return false;
  return !expires.isBefore(start, 'day') && !expires.isAfter(start.add(months, 'month'), 'day');
}

/** How the category stands on `asOf`: none, valid, expiring within the warning period, or lapsed. */
export function categoryState(facts: CategoryFacts, asOf: string): CategoryState {
  if (facts.category === 'NONE') return 'none';
  if (!facts.categoryValid) return 'expired';
  return categoryExpiresSoon(facts.categoryExpiresOn, asOf) ? 'expiresSoon' : 'valid';
}
