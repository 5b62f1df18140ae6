import { StaffImportReportDto } from '@sopr/api-client';
import { Card, Col, Row, Statistic } from 'antd';
import { importSummary } from '../lib/import-report';

/** Всего строк / будет создано (создано) / изменено / без изменений. */
export function ImportSummaryView({ report }: { report: StaffImportReportDto }) {
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }} data-testid="import-summary">
      {importSummary(report, report.applied).map((item) => (
        <Col key={item.key} xs={12} md={6}>
          <Card size="small">
            <Statistic title={item.title} value={item.value} data-testid={`import-${item.key}`} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
