import { Card, Flex, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { PageState } from '../../../shared/components/PageState';
import { formatDate } from '../../../shared/lib/format';
import { useRecommendationList } from '../hooks/useRecommendations';
import { OPEN_FILTER } from '../lib/recommendations';
import { RecommendationActions } from './RecommendationActions';
import { RecommendationPriorityTag, RecommendationStatusTag } from './RecommendationTags';

/** How many open recommendations the card shows; the rest are on «Рекомендации». */
const SHOWN = 5;
const PARAMS = { limit: SHOWN, offset: 0 };

/** «Мои рекомендации» on the teacher's diagnostics: his open recommendations, highest priority first, with the actions. */
export function MyRecommendationsCard() {
  const query = useRecommendationList(PARAMS, OPEN_FILTER);
  const items = query.data?.items ?? [];
  const total = query.data?.total ?? 0;
  return (
    <Card
      title="Мои рекомендации"
      size="small"
      style={{ marginBottom: 16 }}
      extra={
        <Link to="/recommendations" data-testid="my-recommendations-all">
          {total > SHOWN ? `Все (${total})` : 'Все рекомендации'}
        </Link>
      }
      data-testid="my-recommendations"
    >
      <PageState
        loading={query.isLoading}
        error={query.error}
        onRetry={() => void query.refetch()}
        empty={items.length === 0}
        emptyText="Открытых рекомендаций нет"
      >
        <Flex vertical gap={12}>
          {items.map((item) => (
            <Flex key={item.id} gap={12} justify="space-between" align="flex-start" wrap data-testid="my-recommendation" data-id={item.id}>
              <Flex vertical gap={4} style={{ flex: '1 1 420px' }}>
                <Flex gap={8} align="center" wrap>
                  <RecommendationPriorityTag priority={item.priority} />
                  <RecommendationStatusTag status={item.status} />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    от {formatDate(item.createdAt)}
                  </Typography.Text>
                </Flex>
                <span data-testid="recommendation-text">{item.text}</span>
              </Flex>
              <RecommendationActions recommendation={item} />
            </Flex>
          ))}
        </Flex>
      </PageState>
    </Card>
  );
}
