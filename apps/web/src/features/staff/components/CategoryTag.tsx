import { Tag, Typography } from 'antd';
import { formatDate } from '../../../shared/lib/format';
import { categoryState } from '../lib/category';
import { categoryTitle } from '../lib/titles';

interface Props {
  category: string;
  categoryValid: boolean;
  categoryExpiresOn: string | null;
  /** The date the validity is judged on (YYYY-MM-DD). */
  asOf: string;
}

const COLORS = { none: undefined, valid: 'green', expiresSoon: 'orange', expired: 'red' } as const;

/** The category as a tag, with «истекает DD.MM.YYYY» within six months and «истекла» after. */
export function CategoryTag({ category, categoryValid, categoryExpiresOn, asOf }: Props) {
  const state = categoryState({ category, categoryValid, categoryExpiresOn }, asOf);
  return (
    <span data-testid="category" data-state={state}>
      <Tag color={COLORS[state]}>{categoryTitle(category)}</Tag>
      {state === 'expiresSoon' && (
        <Typography.Text type="warning" style={{ whiteSpace: 'nowrap' }}>
          истекает {formatDate(categoryExpiresOn)}
        </Typography.Text>
      )}
      {state === 'expired' && <Typography.Text type="danger">истекла{categoryExpiresOn ? ` ${formatDate(categoryExpiresOn)}` : ''}</Typography.Text>}
    </span>
  );
}
