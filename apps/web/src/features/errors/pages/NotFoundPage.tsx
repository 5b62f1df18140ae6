import { Button, Result, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useDocumentTitle } from '../../../shared/hooks/useDocumentTitle';

export function NotFoundPage() {
  useDocumentTitle('Страница не найдена');
  return (
    <Result
      status="404"
      title={
        <Typography.Title level={3} data-testid="page-title">
          Страница не найдена
        </Typography.Title>
      }
      subTitle="Такой страницы нет. Проверьте адрес или перейдите на главную."
      extra={
        <Link to="/">
          <Button type="primary">На главную</Button>
        </Link>
      }
    />
  );
}
