import { Card, Col, Row, Statistic } from 'antd';
import { ImportCounts, importSummary } from '../lib/import-report';

/** Всего строк / будет создано (создано) / изменено / без изменений. */
export function ImportSummaryView({ counts, applied }: { counts: ImportCounts; applied: boolean }) {
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }} data-testid="import-summary">
      {importSummary(counts, applied).map((item) => (
        <Col key={item.key} xs={12} md={6}>
          <Card size="small">
            <Statistic title={item.title} value={item.value} groupSeparator={'\u00a0'} data-testid={`import-${item.key}`} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
