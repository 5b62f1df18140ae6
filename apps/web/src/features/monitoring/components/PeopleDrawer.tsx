import { TeamOutlined } from '@ant-design/icons';
import type { IndicatorDto, MonitoringComparisonMunicipalityDto, MonitoringPersonDto, MonitoringRunDto } from '@sopr/api-client';
import { Button, Drawer, Flex, Segmented, Select, Table, TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { EmptyState } from '../../../shared/components/EmptyState';
import { PageState } from '../../../shared/components/PageState';
import { fixedPaginationOf } from '../../../shared/lib/table';
import { hasAll, Permission } from '../../../shared/lib/permissions';
import { useCurrentUser } from '../../auth/hooks/useAuth';
import { useRunPeople } from '../hooks/useMonitoring';
import { breakdownTitle, PEOPLE_PAGE_SIZE, PEOPLE_PART_OPTIONS, PeoplePart, peopleParams, PeopleTarget, splitsNumerator } from '../lib/breakdowns';
import { isRegionRun } from '../lib/runs';

/**
 * The table column of a «Педагоги» button that opens the people behind a row's value; `testId`
 * names the button for the browser tests. A click on it does not count as a click on the row.
 */
export function peopleColumn<Row>(open: (row: Row) => void, testId: string): TableColumnsType<Row>[number] {
  return {
    title: '',
    key: 'people',
    width: 120,
    render: (_: unknown, row: Row) => (
      <Button
        size="small"
        icon={<TeamOutlined />}
        onClick={(event) => {
          event.stopPropagation();
          open(row);
        }}
        data-testid={testId}
      >
        Педагоги
      </Button>
    ),
  };
}

interface Props {
  run: MonitoringRunDto;
  indicator: IndicatorDto;
  /** Whose teachers are shown; null: closed. */
  target: PeopleTarget | null;
  /** A region run's municipalities: its people are looked up one municipality at a time. */
  municipalities: readonly MonitoringComparisonMunicipalityDto[];
  onClose: () => void;
}

/**
 * The teachers behind a value — of an organization, a municipality, or a breakdown value (e.g. the
 * mathematics teachers who passed diagnostics): those in its numerator or in its denominator, page
 * by page; for a region run, in one municipality at a time.
 */
export function PeopleDrawer({ run, indicator, target, municipalities, onClose }: Props) {
  return (
    <Drawer
      open={target !== null}
      onClose={onClose}
      title={target ? `${indicator.name}: ${target.label}` : undefined}
      size={640}
      destroyOnHidden
      data-testid="people-drawer"
    >
      {target && <People run={run} indicator={indicator} target={target} municipalities={municipalities} />}
    </Drawer>
  );
}

function People({ run, indicator, target, municipalities }: Omit<Props, 'onClose' | 'target'> & { target: PeopleTarget }) {
  const user = useCurrentUser();
  const regionRun = isRegionRun(run);
  const [part, setPart] = useState<PeoplePart>('numerator');
  const [chosenMunicipality, setMunicipalityId] = useState<string | undefined>(municipalities[0]?.id);
  const municipalityId = target.municipalityId ?? chosenMunicipality;
  const [page, setPage] = useState(1);
  const { label: _label, ...narrowedTo } = target;
  const params = peopleParams({ ...narrowedTo, indicatorCode: indicator.code, part, municipalityId, page }, regionRun);
  const query = useRunPeople(run.id, params);
  const linksStaff = hasAll(user.permissions, [Permission.STAFF_READ]);

  const columns: TableColumnsType<MonitoringPersonDto> = [
    {
      title: 'Педагог',
      key: 'fullName',
      render: (_, person) => (linksStaff ? <Link to={`/staff/${person.staffMemberId}`}>{person.fullName}</Link> : person.fullName),
    },
    { title: 'Организация', key: 'organization', dataIndex: 'organizationName' },
  ];

  return (
    <Flex vertical gap={12}>
      {target.breakdown && (
        <Typography.Text type="secondary">
          {breakdownTitle(target.breakdown)}: {target.label}.{' '}
          {splitsNumerator(target.breakdown)
            ? 'В знаменателе — все педагоги показателя, в числителе — те, кто относится к этому значению разреза.'
            : 'И числитель, и знаменатель — только педагоги этого значения разреза.'}
        </Typography.Text>
      )}
      <Flex gap={12} wrap align="center">
        {indicator.denominator !== null && (
          <Segmented<PeoplePart>
            value={part}
            onChange={(next) => {
              setPart(next);
              setPage(1);
            }}
            options={PEOPLE_PART_OPTIONS}
            data-testid="people-part"
          />
        )}
        {regionRun && !target.municipalityId && (
          <Select<string>
            value={municipalityId}
            onChange={(next) => {
              setMunicipalityId(next);
              setPage(1);
            }}
            options={municipalities.map((municipality) => ({ value: municipality.id, label: municipality.name }))}
            placeholder="Выберите муниципалитет"
            style={{ width: 300 }}
            data-testid="people-municipality"
          />
        )}
      </Flex>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {part === 'numerator' ? indicator.numerator : indicator.denominator}
      </Typography.Text>
      {params === null ? (
        <EmptyState text="Выберите муниципалитет: педагоги показываются по муниципалитету" />
      ) : (
        <PageState error={query.error} onRetry={() => void query.refetch()}>
          <Table<MonitoringPersonDto>
            rowKey="staffMemberId"
            size="small"
            data-testid="people-table"
            columns={columns}
            dataSource={query.data?.items}
            loading={query.isFetching}
            pagination={fixedPaginationOf(page, PEOPLE_PAGE_SIZE, query.data?.total, setPage)}
            locale={{ emptyText: query.isLoading ? ' ' : <EmptyState text="Педагогов нет" /> }}
          />
        </PageState>
      )}
    </Flex>
  );
}
