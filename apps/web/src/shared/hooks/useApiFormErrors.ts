import type { FormInstance } from 'antd';
import { useCallback, useState } from 'react';
import { splitFieldErrors } from '../lib/api-errors';

/**
 * Shows an API error in a form: field errors under their fields, the rest as one message
 * (for an Alert above the form).
 */
export function useApiFormErrors<T>(form: FormInstance<T>, fields: readonly string[]) {
  const [message, setMessage] = useState<string | null>(null);
  const fieldsId = fields.join(',');
  const show = useCallback(
    (error: unknown) => {
      const split = splitFieldErrors(error, fields);
      form.setFields(split.fields as Parameters<FormInstance<T>['setFields']>[0]);
      setMessage(split.message);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [form, fieldsId],
  );
  const clear = useCallback(() => setMessage(null), []);
  /** Validates the form, then runs `save` (which notifies and closes); an API error lands on the form. */
  const submit = useCallback(
    async (save: (values: T) => Promise<void>) => {
      const values = await form.validateFields().catch(() => null);
      if (!values) return;
      setMessage(null);
      try {
        await save(values);
      } catch (error) {
        show(error);
      }
    },
    [form, show],
  );
  return { message, show, clear, submit };
}
