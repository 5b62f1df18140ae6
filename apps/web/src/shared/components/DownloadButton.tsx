import { DownloadOutlined, FileExcelOutlined } from '@ant-design/icons';
import { Button, ButtonProps } from 'antd';
import { ReactNode } from 'react';
import { useDownload } from '../hooks/useDownload';

interface DownloadButtonProps {
  /** The API path of the file, with its query. */
  url: string;
  fileName: string;
  children: ReactNode;
  /** «Выгрузить в Excel» style (an Excel icon) or a plain download. */
  excel?: boolean;
  type?: ButtonProps['type'];
  disabled?: boolean;
  'data-testid'?: string;
}

/** A button that downloads an API file with the session's token (see shared/lib/download). */
export function DownloadButton({ url, fileName, children, excel = false, type, disabled, 'data-testid': testId }: DownloadButtonProps) {
  const { download, downloading } = useDownload();
  return (
    <Button
      type={type}
      icon={excel ? <FileExcelOutlined /> : <DownloadOutlined />}
      loading={downloading}
      disabled={disabled}
      onClick={() => void download(url, fileName)}
      data-testid={testId}
    >
      {children}
    </Button>
  );
}
