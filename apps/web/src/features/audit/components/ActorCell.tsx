import { AuditLogEntryDto } from '@sopr/api-client';
import { Typography } from 'antd';
import { roleTitle } from '../../users/roles';
import { useActorName } from '../hooks/useActorName';

/** Who made the change: the user's name when readable, the role always, and the IP address. */
export function ActorCell({ entry }: { entry: AuditLogEntryDto }) {
  const isUser = entry.actorKind === 'user';
  const name = useActorName(entry.actorId, isUser);
  return (
    <>
      <div>{isUser ? (name ?? roleTitle(entry.actorRole)) : 'Ключ API'}</div>
      {isUser && name && <Typography.Text type="secondary">{roleTitle(entry.actorRole)}</Typography.Text>}
      {entry.ip && (
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            IP {entry.ip}
          </Typography.Text>
        </div>
      )}
    </>
  );
}
