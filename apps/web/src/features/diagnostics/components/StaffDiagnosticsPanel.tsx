import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import type { CompetenceDynamicsDto, DeficitDto, StaffDiagnosticsDto, StaffResultSummaryDto } from '@sopr/api-client';
import { Card, Col, Row, Table, TableColumnsType, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { EmptyState } from '../../../shared/components/EmptyState';
import { PageState } from '../../../shared/components/PageState';
import { EMPTY_VALUE, formatDate } from '../../../shared/lib/format';
import { usePermissions } from '../../auth/hooks/useAuth';
import { canOpen } from '../../shell/navigation';
import { useStaffDiagnostics } from '../hooks/useDiagnostics';
import { lastPoint, splitDeficits } from '../lib/dynamics';
import {
  changeTone, competenceAreaTitle, DEFICIT_STATUS_COLORS, deficitStatusTitle, formatChange, formatPercent, formatScore, procedureKindTitle, scaleText,
} from '../lib/titles';
import { DynamicsChart } from './DynamicsChart';

const TONE_COLORS = { up: '#389e0d', down: '#cf1322', same: undefined, none: undefined } as const;

/**
 * A staff member's diagnostics: results over time per competence (chart and table with the last
 * change), open deficits and the closed ones. Used on «Моя диагностика» and on the staff card.
 */
export function StaffDiagnosticsPanel({ staffMemberId }: { staffMemberId: string }) {
  const query = useStaffDiagnostics(staffMemberId);
  const data = query.data;
  return (
    <div data-testid="staff-diagnostics">
      <PageState
        loading={query.isLoading}
        error={query.error}
        onRetry={() => void query.refetch()}
        empty={!!data && data.results.length === 0 && data.deficits.length === 0}
        emptyText="Результатов диагностики пока нет"
      >
        {data && <PanelContent data={data} />}
      </PageState>
    </div>
  );
}

function PanelContent({ data }: { data: StaffDiagnosticsDto }) {
  const { open, closed } = splitDeficits(data.deficits);
  return (
    <>
      <Card title="Динамика по компетенциям" size="small" style={{ marginBottom: 16 }}>
        {data.competences.length > 0 ? (
          <>
            <DynamicsChart competences={data.competences} />
            <CompetenceTable competences={data.competences} />
          </>
        ) : (
          <EmptyState text="Баллов по компетенциям пока нет" />
        )}
      </Card>
      <Row gutter={16}>
        <Col xs={24} xl={12}>
          <Card title={`Открытые дефициты (${open.length})`} size="small" style={{ marginBottom: 16 }}>
            <DeficitTable deficits={open} testId="open-deficits" empty="Открытых дефицитов нет" />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title="История: преодолённые дефициты" size="small" style={{ marginBottom: 16 }}>
            <DeficitTable deficits={closed} testId="closed-deficits" empty="Преодолённых дефицитов пока нет" closedOn />
          </Card>
        </Col>
      </Row>
      <Card title="Пройденные диагностики" size="small" style={{ marginBottom: 16 }}>
        <ResultTable results={data.results} />
      </Card>
    </>
  );
}

function CompetenceTable({ competences }: { competences: readonly CompetenceDynamicsDto[] }) {
  const columns: TableColumnsType<CompetenceDynamicsDto> = [
    {
      title: 'Компетенция',
      key: 'name',
      render: (_, competence) => (
        <>
          <div>
            {competence.name} {competence.hasOpenDeficit && <Tag color="red">дефицит</Tag>}
          </div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {competenceAreaTitle(competence.area)}
          </Typography.Text>
        </>
      ),
    },
    {
      title: 'Последний результат',
      key: 'last',
      render: (_, competence) => {
        const point = lastPoint(competence);
        if (!point) return EMPTY_VALUE;
        return (
          <>
            <Typography.Text type={point.belowThreshold ? 'danger' : undefined} strong={point.belowThreshold}>
              {formatScore(point.score)}
            </Typography.Text>{' '}
            <Typography.Text type="secondary">({formatPercent(point.percent)} шкалы, {formatDate(point.takenOn)})</Typography.Text>
          </>
        );
      },
    },
    {
      title: 'Изменение',
      key: 'change',
      render: (_, competence) => {
        const tone = changeTone(competence.change);
        return (
          <span style={{ color: TONE_COLORS[tone], whiteSpace: 'nowrap' }} data-testid="competence-change" data-tone={tone}>
            {tone === 'up' && <ArrowUpOutlined />} {tone === 'down' && <ArrowDownOutlined />} {formatChange(competence.change)}
          </span>
        );
      },
    },
  ];
  return (
    <Table<CompetenceDynamicsDto>
      rowKey="code"
      size="small"
      style={{ marginTop: 16 }}
      data-testid="diagnostics-competences"
      columns={columns}
      dataSource={[...competences]}
      pagination={false}
    />
  );
}

function DeficitTable({ deficits, testId, empty, closedOn = false }: { deficits: DeficitDto[]; testId: string; empty: string; closedOn?: boolean }) {
  const columns: TableColumnsType<DeficitDto> = [
    { title: 'Компетенция', key: 'competence', dataIndex: 'competenceName' },
    {
      title: 'Выявлен',
      key: 'openedOn',
      render: (_, deficit) => (
        <>
          <div>{formatDate(deficit.openedOn)}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {deficit.openedByProcedureName}
          </Typography.Text>
        </>
      ),
    },
    closedOn
      ? { title: 'Преодолён', key: 'closedOn', render: (_, deficit) => formatDate(deficit.closedOn) }
      : { title: 'Статус', key: 'status', render: (_, deficit) => <Tag color={DEFICIT_STATUS_COLORS[deficit.status]}>{deficitStatusTitle(deficit.status)}</Tag> },
  ];
  return (
    <Table<DeficitDto>
      rowKey="id"
      size="small"
      data-testid={testId}
      columns={columns}
      dataSource={deficits}
      pagination={deficits.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
      locale={{ emptyText: <EmptyState text={empty} /> }}
    />
  );
}

function ResultTable({ results }: { results: StaffResultSummaryDto[] }) {
  const linksProcedures = canOpen(usePermissions(), 'diagnostics');
  const columns: TableColumnsType<StaffResultSummaryDto> = [
    {
      title: 'Процедура',
      key: 'procedure',
      render: (_, result) => (linksProcedures ? <Link to={`/diagnostics/procedures/${result.procedureId}`}>{result.procedureName}</Link> : result.procedureName),
    },
    { title: 'Вид', key: 'kind', render: (_, result) => procedureKindTitle(result.kind) },
    { title: 'Дата', key: 'takenOn', render: (_, result) => formatDate(result.takenOn) },
    { title: 'Шкала', key: 'scale', render: (_, result) => scaleText(result) },
  ];
  return (
    <Table<StaffResultSummaryDto>
      rowKey="id"
      size="small"
      data-testid="diagnostics-results"
      columns={columns}
      // Latest first.
      dataSource={[...results].reverse()}
      pagination={results.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
      locale={{ emptyText: <EmptyState text="Диагностик пока нет" /> }}
    />
  );
}
