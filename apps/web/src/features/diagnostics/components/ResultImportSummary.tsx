import { Card, Col, Row, Statistic } from 'antd';
import { ResultImportCounts, resultImportSummary } from '../lib/result-import';

/** Строк в файле / новых (добавлено) / заменятся (заменено) / без изменений. */
export function ResultImportSummary({ counts, applied }: { counts: ResultImportCounts; applied: boolean }) {
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }} data-testid="result-import-summary">
      {resultImportSummary(counts, applied).map((item) => (
        <Col key={item.key} xs={12} md={6}>
          <Card size="small">
            <Statistic title={item.title} value={item.value} groupSeparator={'\u00a0'} data-testid={`result-import-${item.key}`} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
