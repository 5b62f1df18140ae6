import { Button, Popconfirm } from 'antd';
import { ReactNode } from 'react';

interface ConfirmActionProps {
  /** The button's accessible name and hover hint. */
  label: string;
  icon: ReactNode;
  question: string;
  description?: string;
  okText: string;
  danger?: boolean;
  loading?: boolean;
  disabled?: boolean;
  onConfirm: () => void | Promise<void>;
}

/**
 * An icon button that asks before acting. The hint is the native title, not an antd Tooltip,
 * which would cover the confirmation's buttons.
 */
export function ConfirmAction({ label, icon, question, description, okText, danger, loading, disabled, onConfirm }: ConfirmActionProps) {
  return (
    <Popconfirm
      title={question}
      description={description}
      okText={okText}
      okButtonProps={{ danger }}
      cancelText="Отмена"
      onConfirm={onConfirm}
      disabled={disabled}
    >
      <Button size="small" danger={danger} icon={icon} loading={loading} disabled={disabled} aria-label={label} title={label} />
    </Popconfirm>
  );
}
