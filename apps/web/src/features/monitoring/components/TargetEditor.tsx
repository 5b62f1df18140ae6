import { DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import type { IndicatorTargetDto } from '@sopr/api-client';
import { IndicatorUnit } from '@sopr/shared';
import { Button, ButtonProps, Flex, InputNumber, Popconfirm, Select, Typography } from 'antd';
import { useState } from 'react';

interface Props {
  unit: string;
  /** The target as saved; null when there is none yet. */
  target: IndicatorTargetDto | null;
  saving: boolean;
  removing: boolean;
  /** The API's reason the last save was refused. */
  error: string | null;
  /** What deleting leaves in force, for the confirmation. */
  afterRemove: string;
  onChange: () => void;
  onSave: (value: number) => void;
  onRemove: (target: IndicatorTargetDto) => void;
  testId: string;
}

const YES_NO_OPTIONS = [
  { value: 1, label: 'да' },
  { value: 0, label: 'нет' },
];

/**
 * One target in a table cell: the value (a number, or да/нет), «Сохранить» once it differs from
 * the saved one, «Удалить» for a saved one, and the API's refusal under it. Mount it with a key of
 * the saved target so a save or delete starts it afresh.
 */
export function TargetEditor({ unit, target, saving, removing, error, afterRemove, onChange, onSave, onRemove, testId }: Props) {
  const [draft, setDraft] = useState<number | null>(target?.value ?? null);
  const changed = draft !== null && draft !== target?.value;
  const change = (value: number | null) => {
    setDraft(value);
    onChange();
  };
  const save = () => {
    if (changed) onSave(draft);
  };

  return (
    <Flex vertical gap={4} data-testid={testId}>
      <Flex gap={4} align="center">
        {unit === IndicatorUnit.YES_NO ? (
          <Select<number>
            value={draft ?? undefined}
            onChange={change}
            options={YES_NO_OPTIONS}
            placeholder="не задана"
            status={error ? 'error' : undefined}
            style={{ width: 120 }}
            data-testid="target-input"
          />
        ) : (
          <InputNumber<number>
            value={draft}
            onChange={change}
            onPressEnter={save}
            placeholder="не задана"
            decimalSeparator=","
            suffix={unit === IndicatorUnit.SHARE ? '%' : undefined}
            status={error ? 'error' : undefined}
            style={{ width: 120 }}
            aria-label="Цель"
            data-testid="target-input"
          />
        )}
        <Button
          size="small"
          type={changed ? 'primary' : 'default'}
          icon={<SaveOutlined />}
          disabled={!changed}
          loading={saving}
          onClick={save}
          aria-label="Сохранить цель"
          title="Сохранить цель"
          data-testid="target-save"
        />
        {target && (
          <Popconfirm
            title="Удалить цель?"
            description={afterRemove}
            okText="Удалить"
            okButtonProps={{ danger: true, 'data-testid': 'target-delete-confirm' } as ButtonProps}
            cancelText="Отмена"
            onConfirm={() => onRemove(target)}
          >
            <Button size="small" danger icon={<DeleteOutlined />} loading={removing} aria-label="Удалить цель" title="Удалить цель" data-testid="target-delete" />
          </Popconfirm>
        )}
      </Flex>
      {error && (
        <Typography.Text type="danger" style={{ fontSize: 12, maxWidth: 260 }} data-testid="target-error">
          {error}
        </Typography.Text>
      )}
    </Flex>
  );
}
