import type { CompetenceDto } from '@sopr/api-client';
import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { byId, competencePickerData, groupByArea, pickedCodes } from '../lib/competence-tree';

interface Props {
  competences: readonly CompetenceDto[];
  value?: string[];
  onChange?: (codes: string[]) => void;
  disabled?: boolean;
  loading?: boolean;
  'data-testid'?: string;
}

/** Competence codes picked from the framework's tree, grouped by area; searchable by name. */
export function CompetencePicker({ competences, value, onChange, disabled, loading, 'data-testid': testId }: Props) {
  const treeData = useMemo(() => competencePickerData(groupByArea(competences, byId)), [competences]);
  return (
    <TreeSelect<string[]>
      treeData={treeData}
      value={value}
      onChange={(next) => onChange?.(pickedCodes(next))}
      treeCheckable
      showCheckedStrategy={TreeSelect.SHOW_CHILD}
      showSearch={{ treeNodeFilterProp: 'title' }}
      treeDefaultExpandAll
      allowClear
      disabled={disabled}
      loading={loading}
      placeholder="Выберите компетенции"
      notFoundContent={loading ? 'Загрузка…' : 'Ничего не найдено'}
      style={{ width: '100%' }}
      data-testid={testId}
    />
  );
}
