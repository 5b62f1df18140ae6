import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { changeArrow, changeTone, CHANGE_TONE_COLORS, formatIndicatorChange } from '../lib/indicators';

const TONE_HINTS = { good: 'изменение к лучшему', bad: 'изменение к худшему', same: 'без изменений', none: 'нет предыдущего мониторинга' } as const;

/** The change since the previous run: an arrow the way the value moved, green when that is good for the indicator, red when bad. */
export function ChangeValue({ unit, direction, change }: { unit: string; direction: string; change: number | null }) {
  const tone = changeTone(direction, change);
  const arrow = changeArrow(change);
  return (
    <span
      style={{ color: CHANGE_TONE_COLORS[tone], whiteSpace: 'nowrap' }}
      title={TONE_HINTS[tone]}
      data-testid="value-change"
      data-tone={tone}
    >
      {arrow === 'up' && <ArrowUpOutlined style={{ marginInlineEnd: 4 }} />}
      {arrow === 'down' && <ArrowDownOutlined style={{ marginInlineEnd: 4 }} />}
      {formatIndicatorChange(unit, change)}
    </span>
  );
}
