import { EditOutlined, StopOutlined } from '@ant-design/icons';
import { UserDto } from '@sopr/api-client';
import { Button, Space, Tooltip } from 'antd';
import { ConfirmAction } from '../../../shared/components/ConfirmAction';
import { useNotify } from '../../../shared/hooks/useNotify';
import { useCurrentUser } from '../../auth/hooks/useAuth';
import { useUserMutations } from '../hooks/useUsers';
import { mayManageRole } from '../roles';

/** Edit and block; unavailable for accounts above the current role and (block) for oneself. */
export function UserActions({ account, onEdit }: { account: UserDto; onEdit: () => void }) {
  const me = useCurrentUser();
  const { block } = useUserMutations();
  const notify = useNotify();
  const allowed = mayManageRole(me.role, account.role);
  const self = account.id === me.id;

  const doBlock = async () => {
    try {
      await block.mutateAsync({ id: account.id });
      notify.success('Пользователь заблокирован');
    } catch (error) {
      notify.error(error, 'Не удалось заблокировать пользователя');
    }
  };

  return (
    <Space size={4}>
      <Tooltip title={allowed ? 'Изменить' : 'Роль пользователя выше вашей'}>
        <Button size="small" icon={<EditOutlined />} disabled={!allowed} onClick={onEdit} aria-label="Изменить" />
      </Tooltip>
      {account.active && !self && (
        <ConfirmAction
          label={allowed ? 'Заблокировать' : 'Роль пользователя выше вашей'}
          icon={<StopOutlined />}
          question="Заблокировать пользователя?"
          description="Вход будет запрещён, открытые сеансы завершатся. Запись останется в журнале."
          okText="Заблокировать"
          danger
          disabled={!allowed}
          loading={block.isPending}
          onConfirm={doBlock}
        />
      )}
    </Space>
  );
}
