import { useCallback, useState } from 'react';
import { downloadFile } from '../lib/download';
import { useNotify } from './useNotify';

/** A file download with its pending state; a failure shows the API's message. */
export function useDownload() {
  const notify = useNotify();
  const [downloading, setDownloading] = useState(false);
  const download = useCallback(
    async (url: string, fileName: string) => {
      setDownloading(true);
      try {
        await downloadFile(url, fileName);
      } catch (error) {
        notify.error(error, 'Не удалось скачать файл');
      } finally {
        setDownloading(false);
      }
    },
    [notify],
  );
  return { download, downloading };
}
