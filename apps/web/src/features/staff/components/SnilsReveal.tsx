import { EyeOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useNotify } from '../../../shared/hooks/useNotify';
import { getStaffSnils } from '../api/staff-client';

/**
 * The masked SNILS and, for those allowed, «Показать СНИЛС». The full number is fetched only on
 * that click (every read is written to the audit log) and kept in this component only.
 */
export function SnilsReveal({ staffMemberId, masked, canReveal }: { staffMemberId: string; masked: string; canReveal: boolean }) {
  const notify = useNotify();
  const [snils, setSnils] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  const reveal = async () => {
    setLoading(true);
    try {
      setSnils((await getStaffSnils(staffMemberId)).snils);
    } catch (error) {
      notify.error(error, 'Не удалось показать СНИЛС');
    } finally {
      setLoading(false);
    }
  };

  return (
    <Flex vertical gap={2}>
      <Flex gap={8} align="center" wrap>
        <Typography.Text data-testid="snils-value" copyable={snils ? { text: snils } : false}>
          {snils ?? masked}
        </Typography.Text>
        {canReveal && !snils && (
          <Button size="small" icon={<EyeOutlined />} loading={loading} onClick={reveal} data-testid="snils-reveal">
            Показать СНИЛС
          </Button>
        )}
      </Flex>
      {canReveal && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {snils ? 'Просмотр записан в журнал изменений.' : 'Каждый просмотр полного СНИЛС записывается в журнал.'}
        </Typography.Text>
      )}
    </Flex>
  );
}
