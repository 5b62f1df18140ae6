import { useEffect } from 'react';

/** «<title> — СОПР» in the browser tab. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} — СОПР` : 'СОПР';
  }, [title]);
}
