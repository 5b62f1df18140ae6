/** Turning API errors ({ statusCode, code, message, errors? }) into what forms and pages show. */

export const GENERIC_ERROR_MESSAGE = 'Не удалось выполнить действие. Повторите попытку позже.';

interface FieldErrorLike {
  field: string;
  message: string;
}

/** Structurally the client's ApiError (kept structural so this module has no runtime imports). */
export interface ApiErrorLike {
  message: string;
  status: number;
  body: { code?: string; message: string; errors?: FieldErrorLike[] };
}

export function isApiErrorLike(error: unknown): error is ApiErrorLike {
  if (typeof error !== 'object' || error === null) return false;
  const candidate = error as Partial<ApiErrorLike>;
  return typeof candidate.status === 'number' && typeof candidate.body === 'object' && candidate.body !== null;
}

/** The Russian message to show for any thrown value. */
export function errorMessage(error: unknown, fallback = GENERIC_ERROR_MESSAGE): string {
  if (isApiErrorLike(error)) return error.body.message || fallback;
  return fallback;
}

/** Why the server did not take an uploaded file: its field errors («Файл пустой», «Повторяются заголовки…»), else the message. */
export function uploadErrorMessage(error: unknown): string {
  if (!isApiErrorLike(error)) return errorMessage(error);
  const messages = (error.body.errors ?? []).map((item) => item.message);
  return messages.length > 0 ? messages.join('; ') : errorMessage(error);
}

export function errorStatus(error: unknown): number | undefined {
  return isApiErrorLike(error) ? error.status : undefined;
}

export type FieldPath = (string | number)[];

export interface FormFieldError {
  name: FieldPath;
  errors: string[];
}

/** `subjects[0].subjectId` and `subjects.0.subjectId` → ['subjects', 0, 'subjectId']. */
function toPath(field: string): FieldPath {
  return field
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((part) => part !== '')
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Splits the field errors of an API error into those a form can show under its fields
 * (`knownFields`) and a message for the rest (null when everything found a field).
 */
export function splitFieldErrors(error: unknown, knownFields: readonly string[]): { fields: FormFieldError[]; message: string | null } {
  if (!isApiErrorLike(error)) return { fields: [], message: errorMessage(error) };
  const grouped = new Map<string, string[]>();
  const unplaced: string[] = [];
  for (const item of error.body.errors ?? []) {
    const root = String(toPath(item.field)[0] ?? item.field);
    if (knownFields.includes(item.field) || knownFields.includes(root)) {
      const messages = grouped.get(item.field) ?? [];
      messages.push(item.message);
      grouped.set(item.field, messages);
    } else {
      unplaced.push(item.message);
    }
  }
  const fields = [...grouped.entries()].map(([field, errors]) => ({ name: toPath(field), errors }));
  if (fields.length > 0 && unplaced.length === 0) return { fields, message: null };
  const message = unplaced.length > 0 ? unplaced.join('; ') : errorMessage(error);
  return { fields, message };
}
