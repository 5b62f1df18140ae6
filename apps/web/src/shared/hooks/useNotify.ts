import { App } from 'antd';
import { useMemo } from 'react';
import { errorMessage } from '../lib/api-errors';

/** Toasts for the outcome of an action, with the API's Russian message on failure. */
export function useNotify() {
  const { message, modal } = App.useApp();
  return useMemo(
    () => ({
      success: (text: string) => void message.success(text),
      /** The API's message in a dialog; `hint` adds what the user can do instead. */
      error: (error: unknown, title = 'Не удалось выполнить действие', hint?: string) =>
        void modal.error({ title, content: hint ? `${errorMessage(error).replace(/[.!]?$/, '.')} ${hint}` : errorMessage(error), okText: 'Понятно' }),
    }),
    [message, modal],
  );
}
