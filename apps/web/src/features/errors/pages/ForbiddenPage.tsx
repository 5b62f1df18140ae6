import { Button, Result, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';

export function ForbiddenPage() {
  useDocumentTitle('Недостаточно прав');
  return (
    <Result
      status="403"
      title={
        <Typography.Title level={3} data-testid="page-title">
          Недостаточно прав
        </Typography.Title>
      }
      subTitle="У вашей учётной записи нет доступа к этому разделу. Если он нужен для работы, обратитесь к администратору."
      extra={
        <Link to="/">
          <Button type="primary">На главную</Button>
        </Link>
      }
    />
  );
}
