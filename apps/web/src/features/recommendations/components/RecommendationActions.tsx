import { CheckCircleOutlined, CheckOutlined, CloseOutlined } from '@ant-design/icons';
import type { RecommendationDto } from '@sopr/api-client';
import { Alert, Button, ButtonProps, Flex, Form, Input, Modal, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useApiFormErrors } from '../../../shared/hooks/useApiFormErrors';
import { useNotify } from '../../../shared/hooks/useNotify';
import { useRecommendationUpdate } from '../hooks/useRecommendations';
import { ACTIONS, allowedActions, RecommendationAction } from '../lib/recommendations';

const ICONS: Record<RecommendationAction, React.ReactNode> = {
  accept: <CheckOutlined />,
  done: <CheckCircleOutlined />,
  reject: <CloseOutlined />,
};

/**
 * «Принять», «Выполнено», «Отклонить» for the addressee of an open recommendation (the API's
 * `canAct`); rejecting asks for the reason. The list is read again after each change.
 */
export function RecommendationActions({ recommendation, vertical = false }: { recommendation: RecommendationDto; vertical?: boolean }) {
  const update = useRecommendationUpdate();
  const notify = useNotify();
  const [rejecting, setRejecting] = useState(false);
  const actions = allowedActions(recommendation);
  if (actions.length === 0) return null;
  const pending = update.isPending;

  const move = async (action: RecommendationAction) => {
    try {
      await update.mutateAsync({ id: recommendation.id, data: { status: ACTIONS[action].status } });
      notify.success(ACTIONS[action].done);
    } catch (error) {
      notify.error(error, 'Не удалось изменить рекомендацию');
    }
  };

  return (
    <>
      <Flex gap={6} vertical={vertical} wrap data-testid="recommendation-actions">
        {actions.map((action) => (
          <Button
            key={action}
            size="small"
            type={action === 'reject' ? 'default' : 'primary'}
            ghost={action !== 'reject'}
            danger={action === 'reject'}
            icon={ICONS[action]}
            loading={pending && update.variables?.data.status === ACTIONS[action].status}
            disabled={pending}
            onClick={() => (action === 'reject' ? setRejecting(true) : void move(action))}
            data-testid={`recommendation-${action}`}
          >
            {ACTIONS[action].title}
          </Button>
        ))}
      </Flex>
      <RejectModal recommendation={recommendation} open={rejecting} onClose={() => setRejecting(false)} />
    </>
  );
}

interface RejectValues {
  reason?: string;
}

const REJECT_FIELDS = ['reason'];

/**
 * The reason is required by the API, which says so under the field («Укажите причину отклонения»):
 * one source of the rule and its message, so the form does not check it itself.
 */
function RejectModal({ recommendation, open, onClose }: { recommendation: RecommendationDto; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<RejectValues>();
  const errors = useApiFormErrors(form, REJECT_FIELDS);
  const clearErrors = errors.clear;
  const update = useRecommendationUpdate();
  const notify = useNotify();

  useEffect(() => {
    if (!open) return;
    clearErrors();
    form.resetFields();
  }, [open, form, clearErrors]);

  const submit = () =>
    errors.submit(async (values) => {
      // Blank: no reason at all, so the API answers «Укажите причину отклонения» (an empty string would fail its format check first).
      const reason = values.reason?.trim() ? values.reason : undefined;
      await update.mutateAsync({ id: recommendation.id, data: { status: ACTIONS.reject.status, reason } });
      notify.success(ACTIONS.reject.done);
      onClose();
    });

  return (
    <Modal
      open={open}
      title="Отклонить рекомендацию?"
      okText="Отклонить"
      okButtonProps={{ danger: true, loading: update.isPending, 'data-testid': 'reject-confirm' } as ButtonProps}
      cancelText="Отмена"
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary" ellipsis={{ rows: 3, tooltip: recommendation.text }}>
        {recommendation.text}
      </Typography.Paragraph>
      {errors.message && <Alert type="error" showIcon title={errors.message} style={{ marginBottom: 16 }} data-testid="reject-error" />}
      <Form form={form} layout="vertical" requiredMark data-testid="reject-form">
        <Form.Item label="Причина отклонения" name="reason" required>
          <Input.TextArea rows={4} maxLength={1000} showCount placeholder="Почему рекомендация не будет выполнена" data-testid="reject-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
