import { FormOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Progress, Space, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router-dom';
import { PageState } from '../../../shared/components/PageState';
import { formatDate } from '../../../shared/lib/format';
import { useMySelfAssessments, useQuestionnaire } from '../hooks/useDiagnostics';
import { formatScore } from '../lib/titles';

export const SELF_ASSESSMENT_PATH = '/my-diagnostics/self-assessment';

/** The teacher's self-diagnostics: the draft's progress and «Продолжить», or «Начать»; the last submitted result. */
export function SelfAssessmentCard() {
  const mine = useMySelfAssessments();
  const questionnaire = useQuestionnaire();
  const navigate = useNavigate();
  const draft = mine.data?.draft ?? null;
  const last = mine.data?.submitted[0] ?? null;
  const total = draft?.total ?? questionnaire.data?.items.length ?? 0;
  const answered = draft?.answered ?? 0;

  return (
    <Card title="Самодиагностика" size="small" style={{ marginBottom: 16 }} data-testid="self-assessment-card">
      <PageState
        loading={mine.isLoading || questionnaire.isLoading}
        error={mine.error ?? questionnaire.error}
        onRetry={() => void Promise.all([mine.refetch(), questionnaire.refetch()])}
      >
        <Flex vertical gap={12}>
          <Typography.Text type="secondary">
            {questionnaire.data?.title ?? 'Самодиагностика профессиональных дефицитов'}: {total} утверждений, оцените каждое по шкале. Ответы сохраняются — можно
            продолжить позже.
          </Typography.Text>
          {draft ? (
            <Flex align="center" gap={16} wrap>
              <Progress percent={total > 0 ? Math.floor((100 * answered) / total) : 0} style={{ maxWidth: 360, margin: 0 }} data-testid="self-assessment-progress" />
              <Typography.Text data-testid="self-assessment-answered">
                Отвечено {answered} из {total}
              </Typography.Text>
              <Button type="primary" icon={<FormOutlined />} onClick={() => navigate(SELF_ASSESSMENT_PATH)} data-testid="self-assessment-continue">
                Продолжить
              </Button>
            </Flex>
          ) : (
            <div>
              <Button type="primary" icon={<FormOutlined />} onClick={() => navigate(SELF_ASSESSMENT_PATH)} data-testid="self-assessment-start">
                {last ? 'Пройти ещё раз' : 'Начать самодиагностику'}
              </Button>
            </div>
          )}
          {last && (
            <div data-testid="self-assessment-last">
              <Typography.Text>Последняя анкета отправлена {formatDate(last.submittedAt)}:</Typography.Text>{' '}
              <Space size={[4, 4]} wrap>
                {last.scores.map((score) => (
                  <Tag key={score.competenceCode} color={score.belowThreshold ? 'red' : undefined}>
                    {score.competenceName}: {formatScore(score.score)}
                    {score.belowThreshold ? ' — дефицит' : ''}
                  </Tag>
                ))}
              </Space>
            </div>
          )}
        </Flex>
      </PageState>
    </Card>
  );
}
