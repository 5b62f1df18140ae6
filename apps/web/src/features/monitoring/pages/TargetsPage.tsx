import type { IndicatorTargetDto } from '@sopr/api-client';
import { Alert, Card, Flex, Select, Table, TableColumnsType, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { EmptyState } from '../../../shared/components/EmptyState';
import { ListToolbar } from '../../../shared/components/ListToolbar';
import { PageHeader } from '../../../shared/components/PageHeader';
import { PageState } from '../../../shared/components/PageState';
import { useNotify } from '../../../shared/hooks/useNotify';
import { splitFieldErrors } from '../../../shared/lib/api-errors';
import { hasAll, Permission } from '../../../shared/lib/permissions';
import { useCurrentUser } from '../../auth/hooks/useAuth';
import { MunicipalityName, RegionName } from '../../places/components/PlaceName';
import { MunicipalitySelect, RegionSelect } from '../../places/components/PlaceSelects';
import { TargetEditor } from '../components/TargetEditor';
import { useIndicators, useTargetMutations, useTargets } from '../hooks/useMonitoring';
import { directionTitle, formatTargetValue, groupBy, indicatorUnitTitle } from '../lib/indicators';
import { parseYear, placeChoice, TargetLevel, TargetRow, targetRows, targetsView, toPutTargetBody, yearOptions } from '../lib/targets';

/** The fields of PUT /indicator-targets whose errors belong to a target's cell. */
const CELL_FIELDS = ['value', 'indicatorCode', 'year', 'municipalityId', 'regionId'];

/**
 * /monitoring/targets — the targets of a year for every catalogue indicator: the region's and the
 * municipality's own, and the one its monitoring uses. A municipal admin sets his municipality's,
 * a regional admin the region's or a chosen municipality's; readers see them.
 */
export function TargetsPage() {
  const user = useCurrentUser();
  const canWrite = hasAll(user.permissions, [Permission.TARGETS_WRITE]);
  const notify = useNotify();
  const [search, setSearch] = useSearchParams();
  const currentYear = dayjs().year();
  const year = parseYear(search.get('year'), currentYear);
  const choice = placeChoice(user);
  const chosenRegion = search.get('regionId') ?? undefined;
  const chosenMunicipality = search.get('municipalityId') ?? undefined;
  const view = useMemo(
    () => targetsView(user, canWrite, { regionId: chosenRegion, municipalityId: chosenMunicipality }),
    [user, canWrite, chosenRegion, chosenMunicipality],
  );
  const ready = view.regionId !== null || view.municipalityId !== null;

  const indicators = useIndicators();
  const targets = useTargets({ year, ...(view.municipalityId ? { municipalityId: view.municipalityId } : {}) }, ready);
  const { put, remove } = useTargetMutations();
  const [errors, setErrors] = useState<Record<string, string>>({});

  const rows = useMemo(() => targetRows(indicators.data ?? [], targets.data ?? [], view, year), [indicators.data, targets.data, view, year]);
  const groups = useMemo(() => groupBy(rows, (row) => row.indicator.group), [rows]);

  const setParam = (key: string, value: string | undefined, also: Record<string, string | undefined> = {}) => {
    const next = new URLSearchParams(search);
    for (const [name, v] of Object.entries({ [key]: value, ...also })) {
      if (v) next.set(name, v);
      else next.delete(name);
    }
    setErrors({});
    setSearch(next, { replace: true });
  };

  const clearError = (code: string) => setErrors((current) => (code in current ? Object.fromEntries(Object.entries(current).filter(([key]) => key !== code)) : current));

  const save = async (row: TargetRow, level: TargetLevel, value: number) => {
    const code = row.indicator.code;
    try {
      await put.mutateAsync({ data: toPutTargetBody(code, year, value, level, view, user) });
      clearError(code);
      notify.success('Цель сохранена');
    } catch (error) {
      const split = splitFieldErrors(error, CELL_FIELDS);
      if (split.fields.length === 0) {
        notify.error(error, 'Не удалось сохранить цель');
        return;
      }
      const messages = [...split.fields.flatMap((field) => field.errors), ...(split.message ? [split.message] : [])];
      setErrors((current) => ({ ...current, [code]: messages.join('; ') }));
    }
  };

  const destroy = async (target: IndicatorTargetDto) => {
    try {
      await remove.mutateAsync({ id: target.id });
      clearError(target.indicatorCode);
      notify.success('Цель удалена');
    } catch (error) {
      notify.error(error, 'Не удалось удалить цель');
    }
  };

  const editor = (row: TargetRow, level: TargetLevel) => {
    const target = level === 'region' ? row.region : row.municipality;
    const code = row.indicator.code;
    const afterRemove =
      level === 'municipality'
        ? row.region
          ? `Мониторинг муниципалитета будет сравнивать с целью региона: ${formatTargetValue(row.indicator.unit, row.region.value)}.`
          : 'Цели у показателя не будет: статус в мониторинге не определяется.'
        : 'Муниципалитеты без своей цели останутся без цели по этому показателю.';
    return (
      <TargetEditor
        key={`${code}-${target?.id ?? 'none'}-${target?.value ?? ''}`}
        unit={row.indicator.unit}
        target={target}
        saving={put.isPending && put.variables?.data.indicatorCode === code}
        removing={remove.isPending && remove.variables?.id === target?.id}
        error={errors[code] ?? null}
        afterRemove={afterRemove}
        onChange={() => clearError(code)}
        onSave={(value) => void save(row, level, value)}
        onRemove={(saved) => void destroy(saved)}
        testId={`target-editor-${level}`}
      />
    );
  };

  const shown = (row: TargetRow, level: TargetLevel) => {
    const target = level === 'region' ? row.region : row.municipality;
    return target ? (
      <span data-testid={`target-${level}`}>{formatTargetValue(row.indicator.unit, target.value)}</span>
    ) : (
      <Typography.Text type="secondary" data-testid={`target-${level}`}>
        не задана
      </Typography.Text>
    );
  };

  const columns: TableColumnsType<TargetRow> = [
    {
      title: 'Показатель',
      key: 'name',
      render: (_, row) => (
        <Flex vertical gap={2}>
          <span>{row.indicator.name}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {indicatorUnitTitle(row.indicator.unit)}; {directionTitle(row.indicator.direction)}
          </Typography.Text>
        </Flex>
      ),
    },
    { title: 'Цель региона', key: 'region', width: 240, render: (_, row) => (view.edits === 'region' ? editor(row, 'region') : shown(row, 'region')) },
    ...(view.municipalityId
      ? [
          {
            title: 'Цель муниципалитета',
            key: 'municipality',
            width: 260,
            render: (_: unknown, row: TargetRow) => (view.edits === 'municipality' ? editor(row, 'municipality') : shown(row, 'municipality')),
          },
          {
            title: 'Действует',
            key: 'effective',
            width: 170,
            render: (_: unknown, row: TargetRow) =>
              row.effective === null ? (
                <Tag data-testid="target-effective">цель не задана</Tag>
              ) : (
                <Flex vertical gap={2} data-testid="target-effective">
                  <Typography.Text strong>{formatTargetValue(row.indicator.unit, row.effective)}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {row.effectiveFrom === 'municipality' ? 'своя цель муниципалитета' : 'цель региона'}
                  </Typography.Text>
                </Flex>
              ),
          },
        ]
      : []),
  ];

  const whose = view.municipalityId ? (
    <>
      муниципалитета «<MunicipalityName id={view.municipalityId} />»
    </>
  ) : view.regionId ? (
    <>
      региона «<RegionName id={view.regionId} />»
    </>
  ) : null;

  return (
    <>
      <PageHeader
        title="Цели показателей"
        subtitle="Значения, которых показатели должны достичь за год. Мониторинг муниципалитета сравнивает каждый показатель с целью муниципалитета, а если её нет — с целью региона; цель берётся на год даты мониторинга. Изменённая цель учитывается в следующих мониторингах."
      />
      <ListToolbar>
        <Select
          value={year}
          onChange={(value: number) => setParam('year', value === currentYear ? undefined : String(value))}
          options={yearOptions(currentYear, year).map((option) => ({ value: option, label: `${option} год` }))}
          style={{ width: 140 }}
          aria-label="Год"
          data-testid="targets-year"
        />
        {choice === 'region' && (
          <RegionSelect
            value={view.regionId ?? undefined}
            onChange={(value) => setParam('regionId', value, { municipalityId: undefined })}
            style={{ width: 260 }}
            data-testid="targets-region"
          />
        )}
        {choice !== 'none' && view.regionId && (
          <MunicipalitySelect
            allowClear
            regionId={view.regionId}
            value={view.municipalityId ?? undefined}
            onChange={(value) => setParam('municipalityId', value)}
            placeholder="Весь регион"
            style={{ width: 280 }}
            data-testid="targets-municipality"
          />
        )}
      </ListToolbar>
      {!ready ? (
        <EmptyState text="Выберите регион, чтобы увидеть его цели" />
      ) : (
        <>
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            data-testid="targets-mode"
            title={
              view.edits ? (
                <>
                  Вы задаёте цели {whose} на {year} год. Цель доли — от 0 до 100 %; цель «да/нет» — да или нет.
                </>
              ) : (
                <>
                  Цели {whose} на {year} год. {canWrite ? '' : 'Их задают управление образования муниципалитета и региональный администратор.'}
                </>
              )
            }
          />
          <PageState
            loading={indicators.isLoading || targets.isLoading}
            error={indicators.error ?? targets.error}
            onRetry={() => {
              void indicators.refetch();
              void targets.refetch();
            }}
            empty={rows.length === 0}
            emptyText="Каталог показателей пуст"
          >
            <Flex vertical gap={16} data-testid="targets-table">
              {groups.map((group) => (
                <Card key={group.group} size="small" title={group.title} data-testid={`targets-group-${group.group}`}>
                  <Table<TargetRow>
                    rowKey={(row) => row.indicator.code}
                    size="small"
                    columns={columns}
                    dataSource={group.items}
                    pagination={false}
                    loading={targets.isFetching && !targets.isLoading}
                    scroll={{ x: 900 }}
                  />
                </Card>
              ))}
            </Flex>
          </PageState>
        </>
      )}
    </>
  );
}
