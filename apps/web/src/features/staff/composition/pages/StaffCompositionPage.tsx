import { getExportStaffCompositionUrl, getGetStaffCompositionQueryKey, GetStaffCompositionParams, useGetStaffComposition } from '@sopr/api-client';
import { keepPreviousData } from '@tanstack/react-query';
import { Card, Col, DatePicker, Flex, Row, Statistic, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { DownloadButton } from '../../../../shared/components/DownloadButton';
import { PageHeader } from '../../../../shared/components/PageHeader';
import { PageState } from '../../../../shared/components/PageState';
import { API_DATE_FORMAT, DATE_FORMAT, formatDate, isApiDate } from '../../../../shared/lib/format';
import { useCurrentUser } from '../../../auth/hooks/useAuth';
import { useScopeKey } from '../../../auth/hooks/useScope';
import { MunicipalitySelect, OrganizationSelect } from '../../../places/components/PlaceSelects';
import { todayIso } from '../../lib/category';
import { CompositionChart } from '../components/CompositionChart';
import { CompositionTable } from '../components/CompositionTable';
import { chartData, CompositionSummary, Dimension, formatShare, selectedRow, SUMMARY_CARDS, summaryOf } from '../lib/composition';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CHARTS: Dimension[] = ['ageGroup', 'experienceGroup', 'category'];

/** The report's query from the URL (asOf, municipalityId, organizationId); malformed values are dropped. */
function paramsOf(search: URLSearchParams): GetStaffCompositionParams {
  const asOf = search.get('asOf');
  const municipalityId = search.get('municipalityId');
  const organizationId = search.get('organizationId');
  const params: GetStaffCompositionParams = {};
  if (asOf && isApiDate(asOf)) params.asOf = asOf;
  if (municipalityId && UUID.test(municipalityId)) params.municipalityId = municipalityId;
  if (organizationId && UUID.test(organizationId)) params.organizationId = organizationId;
  return params;
}

export function StaffCompositionPage() {
  const user = useCurrentUser();
  const scope = useScopeKey();
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => paramsOf(search), [search]);
  const byMunicipality = user.municipalityId === null && user.organizationId === null;
  const byOrganization = user.organizationId === null;
  const asOf = params.asOf ?? todayIso();

  const query = useGetStaffComposition(params, {
    query: { queryKey: [...scope, ...getGetStaffCompositionQueryKey(params)], placeholderData: keepPreviousData },
  });

  const update = (next: GetStaffCompositionParams) => {
    const merged = { ...params, ...next };
    const entries = Object.entries(merged).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '');
    setSearch(new URLSearchParams(entries), { replace: true });
  };

  const rows = query.data?.rows ?? [];
  const selected = selectedRow(rows, { municipalityId: params.municipalityId, organizationId: params.organizationId ?? user.organizationId });

  return (
    <>
      <PageHeader
        title="Кадровый состав"
        subtitle={`Педагогические работники на ${formatDate(asOf)}; человек с несколькими местами работы учитывается один раз — по основному.`}
        extra={
          <DownloadButton
            url={getExportStaffCompositionUrl(params)}
            fileName={`кадровый-состав-${asOf}.xlsx`}
            excel
            disabled={rows.length === 0}
            data-testid="export-composition"
          >
            Выгрузить в Excel
          </DownloadButton>
        }
      />
      <Flex wrap gap={8} className="sopr-table-toolbar" data-testid="composition-filters">
        <DatePicker
          value={params.asOf ? dayjs(params.asOf) : null}
          onChange={(date) => update({ asOf: date ? date.format(API_DATE_FORMAT) : undefined })}
          format={DATE_FORMAT}
          placeholder="На дату (сегодня)"
          aria-label="На дату"
          style={{ width: 190 }}
          data-testid="composition-asOf"
        />
        {byMunicipality && (
          <MunicipalitySelect
            value={params.municipalityId}
            onChange={(value) => update({ municipalityId: value, organizationId: undefined })}
            allowClear
            placeholder="Все муниципалитеты"
            style={{ width: 260 }}
            data-testid="composition-municipality"
          />
        )}
        {byOrganization && (
          <OrganizationSelect
            municipalityId={params.municipalityId ?? user.municipalityId ?? undefined}
            value={params.organizationId}
            onChange={(value) => update({ organizationId: value })}
            allowClear
            placeholder="Все организации"
            style={{ width: 300 }}
            data-testid="composition-organization"
          />
        )}
      </Flex>
      <PageState
        loading={query.isLoading}
        error={query.error}
        onRetry={() => void query.refetch()}
        empty={selected === null || selected.total === 0}
        emptyText="На эту дату педагогов нет"
      >
        {selected && (
          <>
            <Typography.Title level={5} style={{ marginTop: 0 }} data-testid="composition-unit">
              {selected.name}
            </Typography.Title>
            <SummaryCards summary={summaryOf(selected)} />
            <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
              {CHARTS.map((dimension) => (
                <Col key={dimension} xs={24} xxl={8}>
                  <CompositionChart dimension={dimension} data={chartData(rows, selected, dimension)} />
                </Col>
              ))}
            </Row>
            <CompositionTable rows={rows} />
          </>
        )}
      </PageState>
    </>
  );
}

function SummaryCards({ summary }: { summary: CompositionSummary }) {
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }} data-testid="composition-summary">
      <Col xs={12} md={8} xl={4}>
        <Card size="small">
          <Statistic title="Всего педагогов" value={summary.total} data-testid="composition-total" />
        </Card>
      </Col>
      {SUMMARY_CARDS.map((card) => (
        <Col key={card.key} xs={12} md={8} xl={4}>
          <Card size="small">
            <Statistic title={card.title} value={formatShare(summary[card.key])} data-testid={`composition-${card.key}`} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
