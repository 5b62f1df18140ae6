import { Spin } from 'antd';

export function FullPageSpinner({ tip = 'Загрузка…' }: { tip?: string }) {
  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
      <Spin size="large" description={tip}>
        <div style={{ width: 160, height: 80 }} />
      </Spin>
    </div>
  );
}
