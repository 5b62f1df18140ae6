import { getExportDifficultyBankUrl } from '@sopr/api-client';
import { Card, Flex, Select, Space, Switch, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { DownloadButton } from '../../../shared/components/DownloadButton';
import { PageHeader } from '../../../shared/components/PageHeader';
import { PageState } from '../../../shared/components/PageState';
import { PeriodPicker } from '../../../shared/components/PeriodPicker';
import { API_DATE_FORMAT, formatDate } from '../../../shared/lib/format';
import { useCurrentUser } from '../../auth/hooks/useAuth';
import { MunicipalitySelect } from '../../places/components/PlaceSelects';
import { BankCellDrawer, BankCellSelection } from '../components/BankCellDrawer';
import { BankHeatmap } from '../components/BankHeatmap';
import { useDifficultyBank } from '../hooks/useDiagnostics';
import { bankFiltersOf, BankFilters, bankSearchOf, cellDeficitParams } from '../lib/bank-params';
import { cellCountText, heatColor, heatmapOf } from '../lib/heatmap';
import { PROCEDURE_KIND_OPTIONS } from '../lib/titles';

const ALL_SUBJECTS = '';
const LEGEND = [10, 25, 50, 75, 100];

/**
 * /diagnostics/bank — the bank of difficulties: for each competence and organization, the share of
 * active teachers with a deficit not cleared on the date; a cell lists its teachers.
 */
export function DifficultyBankPage() {
  const user = useCurrentUser();
  const [search, setSearch] = useSearchParams();
  const filters = useMemo(() => bankFiltersOf(search), [search]);
  const query = useDifficultyBank(filters.api);
  const [selection, setSelection] = useState<BankCellSelection | null>(null);
  const [onlyWithDeficits, setOnlyWithDeficits] = useState(false);
  const byMunicipality = user.municipalityId === null && user.organizationId === null;
  const bank = query.data;
  const heatmap = useMemo(() => (bank ? heatmapOf(bank, filters.subjectId) : null), [bank, filters.subjectId]);
  const to = bank?.to ?? filters.api.to ?? dayjs().format(API_DATE_FORMAT);

  const update = (next: Partial<BankFilters['api']>, subjectId = filters.subjectId) =>
    setSearch(bankSearchOf({ api: { ...filters.api, ...next }, subjectId }), { replace: true });

  const subjectName = filters.subjectId ? bank?.subjects.find((s) => s.id === filters.subjectId)?.name : undefined;

  return (
    <>
      <PageHeader
        title="Банк затруднений"
        subtitle={`Доля работающих педагогов с незакрытым профессиональным дефицитом на ${formatDate(to)}${filters.api.from ? `, выявленным с ${formatDate(filters.api.from)}` : ''}. Наведите на ячейку, чтобы увидеть число педагогов; нажмите — чтобы увидеть их список.`}
        extra={
          <DownloadButton
            url={getExportDifficultyBankUrl(filters.api)}
            fileName={`банк-затруднений-${to}.xlsx`}
            excel
            disabled={!heatmap}
            data-testid="export-bank"
          >
            Скачать XLSX
          </DownloadButton>
        }
      />
      <Flex wrap gap={8} className="sopr-table-toolbar" data-testid="bank-filters">
        <PeriodPicker
          from={filters.api.from}
          to={filters.api.to}
          onChange={(period) => update(period)}
          placeholder={['Выявлены с', 'На дату (сегодня)']}
          testId="bank-period"
        />
        <Select<string>
          value={filters.api.procedureKind}
          onChange={(value) => update({ procedureKind: (value || undefined) as BankFilters['api']['procedureKind'] })}
          allowClear
          placeholder="Все виды процедур"
          style={{ width: 300 }}
          options={PROCEDURE_KIND_OPTIONS}
          data-testid="bank-kind"
        />
        <Select<string>
          value={filters.subjectId ?? ALL_SUBJECTS}
          onChange={(value) => update({}, value || null)}
          style={{ width: 240 }}
          showSearch={{ optionFilterProp: 'label' }}
          options={[{ value: ALL_SUBJECTS, label: 'Все предметы' }, ...(bank?.subjects ?? []).map((subject) => ({ value: subject.id, label: subject.name }))]}
          data-testid="bank-subject"
        />
        {byMunicipality && (
          <MunicipalitySelect
            value={filters.api.municipalityId}
            onChange={(value) => update({ municipalityId: value })}
            allowClear
            placeholder="Все муниципалитеты"
            style={{ width: 280 }}
            data-testid="bank-municipality"
          />
        )}
      </Flex>
      <PageState
        loading={query.isLoading}
        error={query.error}
        onRetry={() => void query.refetch()}
        empty={!heatmap || !heatmap.hasDeficits}
        emptyText={subjectName ? `У педагогов предмета «${subjectName}» дефицитов на эту дату нет` : 'Дефицитов на эту дату нет'}
      >
        {heatmap && (
          <Card size="small">
            <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
              <Space size={4} wrap data-testid="bank-legend">
                <Typography.Text type="secondary">Доля педагогов с дефицитом:</Typography.Text>
                {LEGEND.map((share) => (
                  <span key={share} style={{ ...heatColor(share), padding: '2px 8px', borderRadius: 4 }}>
                    {share}&nbsp;%
                  </span>
                ))}
              </Space>
              <Space size={8}>
                <Switch size="small" checked={onlyWithDeficits} onChange={setOnlyWithDeficits} data-testid="bank-only-with-deficits" />
                <Typography.Text>Только организации с дефицитами</Typography.Text>
              </Space>
            </Flex>
            <BankHeatmap
              heatmap={heatmap}
              onlyWithDeficits={onlyWithDeficits}
              onOpen={(cell, competence, columnTitle) =>
                setSelection({
                  title: `${competence.name} — ${columnTitle}`,
                  subtitle: `${cellCountText(cell)} педагогов${subjectName ? ` предмета «${subjectName}»` : ''} с незакрытым дефицитом на ${formatDate(to)}.`,
                  byOrganization: cell.organizationId !== null,
                  params: cellDeficitParams(filters, to, cell),
                })
              }
            />
          </Card>
        )}
      </PageState>
      <BankCellDrawer selection={selection} onClose={() => setSelection(null)} />
    </>
  );
}
