import { DeleteOutlined, EditOutlined, PauseCircleOutlined, PlayCircleOutlined } from '@ant-design/icons';
import { OrganizationDto } from '@sopr/api-client';
import { Button, Space, Tooltip } from 'antd';
import { ConfirmAction } from '../../../shared/components/ConfirmAction';
import { useNotify } from '../../../shared/hooks/useNotify';
import { errorStatus } from '../../../shared/lib/api-errors';
import { useOrganizationMutations } from '../hooks/useOrganizations';

/** Row actions for writers: edit, deactivate/activate, delete (409 when the organization is in use). */
export function OrganizationActions({ organization, onEdit }: { organization: OrganizationDto; onEdit: () => void }) {
  const { update, remove } = useOrganizationMutations();
  const notify = useNotify();

  const setActive = async (active: boolean) => {
    try {
      await update.mutateAsync({ id: organization.id, data: { active } });
      notify.success(active ? 'Организация снова действует' : 'Организация деактивирована');
    } catch (error) {
      notify.error(error);
    }
  };

  const destroy = async () => {
    try {
      await remove.mutateAsync({ id: organization.id });
      notify.success('Организация удалена');
    } catch (error) {
      const hint = errorStatus(error) === 409 && organization.active ? 'Вместо удаления организацию можно деактивировать.' : undefined;
      notify.error(error, 'Не удалось удалить организацию', hint);
    }
  };

  return (
    <Space size={4}>
      <Tooltip title="Изменить">
        <Button size="small" icon={<EditOutlined />} onClick={onEdit} aria-label="Изменить" />
      </Tooltip>
      {organization.active ? (
        <ConfirmAction
          label="Деактивировать"
          icon={<PauseCircleOutlined />}
          question="Деактивировать организацию?"
          description="Она останется в справочнике, но будет отмечена как недействующая."
          okText="Деактивировать"
          loading={update.isPending}
          onConfirm={() => setActive(false)}
        />
      ) : (
        <Tooltip title="Сделать действующей">
          <Button size="small" icon={<PlayCircleOutlined />} loading={update.isPending} onClick={() => setActive(true)} aria-label="Активировать" />
        </Tooltip>
      )}
      <ConfirmAction
        label="Удалить"
        icon={<DeleteOutlined />}
        question="Удалить организацию?"
        description="Удалить можно только организацию без пользователей. Действие необратимо."
        okText="Удалить"
        danger
        loading={remove.isPending}
        onConfirm={destroy}
      />
    </Space>
  );
}
