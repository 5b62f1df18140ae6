import { CheckOutlined, SaveOutlined } from '@ant-design/icons';
import type { QuestionnaireDto, SelfAssessmentDto, SelfScoreDto } from '@sopr/api-client';
import { Alert, Button, Card, Divider, Flex, Progress, Radio, Result, Table, TableColumnsType, Tag, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { PageHeader } from '../../../shared/components/PageHeader';
import { PageState } from '../../../shared/components/PageState';
import { useNotify } from '../../../shared/hooks/useNotify';
import { errorMessage } from '../../../shared/lib/api-errors';
import { formatDateTime } from '../../../shared/lib/format';
import { useCurrentUser } from '../../auth/hooks/useAuth';
import { useMySelfAssessments, useQuestionnaire, useSelfAssessmentMutations } from '../hooks/useDiagnostics';
import { Answers, changedAnswers, progressOf, questionElementId, scaleOptions, sectionsOf, unansweredOf } from '../lib/self-assessment';
import { formatScore } from '../lib/titles';

const MY_DIAGNOSTICS_PATH = '/my-diagnostics';
/** Changed answers are saved this long after the last change. */
const AUTOSAVE_MS = 1500;

/** /my-diagnostics/self-assessment — the questionnaire: answers saved as a draft, then submitted for a result per competence. */
export function SelfAssessmentPage() {
  const user = useCurrentUser();
  const questionnaire = useQuestionnaire();
  const mine = useMySelfAssessments();
  // The answers are read once: later refetches (after each save) must not overwrite what is being typed.
  const [initial, setInitial] = useState<Answers | null>(null);
  useEffect(() => {
    if (initial === null && mine.data) setInitial(mine.data.draft?.answers ?? {});
  }, [initial, mine.data]);

  return (
    <>
      <PageHeader title="Самодиагностика" subtitle={questionnaire.data?.title} />
      {user.staffMemberId ? (
        <PageState
          loading={questionnaire.isLoading || mine.isLoading}
          error={questionnaire.error ?? mine.error}
          onRetry={() => void Promise.all([questionnaire.refetch(), mine.refetch()])}
        >
          {questionnaire.data && initial && <QuestionnaireForm questionnaire={questionnaire.data} initial={initial} />}
        </PageState>
      ) : (
        <PageState empty emptyText="Карточка педагога ещё не связана с учётной записью" />
      )}
    </>
  );
}

type SaveState = { status: 'idle' } | { status: 'saving' } | { status: 'saved'; at: Date } | { status: 'error'; error: unknown };

function QuestionnaireForm({ questionnaire, initial }: { questionnaire: QuestionnaireDto; initial: Answers }) {
  const navigate = useNavigate();
  const notify = useNotify();
  const { save, submit } = useSelfAssessmentMutations();
  const saveAnswers = save.mutateAsync;
  const [answers, setAnswers] = useState<Answers>(initial);
  const [saveState, setSaveState] = useState<SaveState>({ status: 'idle' });
  const [unanswered, setUnanswered] = useState<ReadonlySet<string>>(new Set());
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [submitted, setSubmitted] = useState<SelfAssessmentDto | null>(null);
  const [leaving, setLeaving] = useState(false);
  const answersRef = useRef(answers);
  const savedRef = useRef<Answers>(initial);
  const queueRef = useRef<Promise<void>>(Promise.resolve());
  const sections = useMemo(() => sectionsOf(questionnaire.items), [questionnaire.items]);
  const options = useMemo(() => scaleOptions(questionnaire), [questionnaire]);
  const progress = progressOf(answers, questionnaire.items);

  useEffect(() => {
    answersRef.current = answers;
  }, [answers]);

  /** Saves the answers the server does not have yet; saves run one after another. */
  const flush = useCallback((): Promise<void> => {
    const run = async () => {
      const diff = changedAnswers(answersRef.current, savedRef.current);
      if (Object.keys(diff).length === 0) return;
      setSaveState({ status: 'saving' });
      try {
        await saveAnswers({ data: { answers: diff } });
      } catch (error) {
        setSaveState({ status: 'error', error });
        throw error;
      }
      savedRef.current = { ...savedRef.current, ...diff };
      setSaveState({ status: 'saved', at: new Date() });
    };
    const next = queueRef.current.then(run);
    queueRef.current = next.catch(() => undefined);
    return next;
  }, [saveAnswers]);

  // Autosave shortly after a change.
  useEffect(() => {
    if (Object.keys(changedAnswers(answers, savedRef.current)).length === 0) return;
    const timer = setTimeout(() => void flush().catch(() => undefined), AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [answers, flush]);

  // Leaving the page keeps what was answered.
  useEffect(() => () => void flush().catch(() => undefined), [flush]);

  const answer = (code: string, value: number) => {
    setAnswers((current) => ({ ...current, [code]: value }));
    setUnanswered((current) => {
      if (!current.has(code)) return current;
      const next = new Set(current);
      next.delete(code);
      return next;
    });
  };

  const highlight = (codes: string[], message: string) => {
    setUnanswered(new Set(codes));
    setSubmitError(message);
    document.getElementById(questionElementId(codes[0]))?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  };

  const saveAndLeave = async () => {
    setLeaving(true);
    try {
      await flush();
      notify.success('Ответы сохранены: вы можете продолжить позже');
      navigate(MY_DIAGNOSTICS_PATH);
    } catch (error) {
      notify.error(error, 'Не удалось сохранить ответы');
      setLeaving(false);
    }
  };

  const send = async () => {
    setSubmitError(null);
    if (progress.answered === 0) {
      highlight(questionnaire.items.map((item) => item.code), `Ответьте на все вопросы: осталось ${progress.total}`);
      return;
    }
    try {
      await flush();
    } catch (error) {
      notify.error(error, 'Не удалось сохранить ответы');
      return;
    }
    try {
      setSubmitted(await submit.mutateAsync());
      window.scrollTo({ top: 0 });
    } catch (error) {
      const codes = unansweredOf(error, questionnaire.items);
      if (codes.length > 0) highlight(codes, errorMessage(error));
      else notify.error(error, 'Не удалось отправить анкету');
    }
  };

  if (submitted) return <SubmittedResult assessment={submitted} threshold={questionnaire.threshold} onBack={() => navigate(MY_DIAGNOSTICS_PATH)} />;

  return (
    <div data-testid="self-assessment-form">
      <Card size="small" style={{ position: 'sticky', top: 0, zIndex: 5, marginBottom: 16 }} data-testid="self-assessment-toolbar">
        <Flex align="center" gap={16} wrap>
          <Progress percent={progress.percent} style={{ flex: '1 1 240px', margin: 0 }} data-testid="self-assessment-progress" />
          <Typography.Text data-testid="self-assessment-answered">
            Отвечено {progress.answered} из {progress.total}
          </Typography.Text>
          <SaveStatus state={saveState} />
          <Button icon={<SaveOutlined />} onClick={saveAndLeave} loading={leaving} data-testid="self-assessment-save">
            Сохранить и продолжить позже
          </Button>
          <Button type="primary" icon={<CheckOutlined />} onClick={send} loading={submit.isPending} data-testid="self-assessment-submit">
            Отправить
          </Button>
        </Flex>
      </Card>
      {submitError && (
        <Alert type="error" showIcon title={submitError} description="Вопросы без ответа выделены." style={{ marginBottom: 16 }} data-testid="self-assessment-error" />
      )}
      <Typography.Paragraph type="secondary">
        Оцените, насколько вы владеете каждым действием. Средний балл по компетенции ниже {formatScore(questionnaire.threshold)} означает профессиональный дефицит.
      </Typography.Paragraph>
      {sections.map((section) => (
        <Card key={section.competenceCode} size="small" title={section.competenceName} style={{ marginBottom: 16 }} data-testid="question-section">
          {section.items.map((item, index) => {
            const missing = unanswered.has(item.code);
            return (
              <div key={item.code}>
                {index > 0 && <Divider style={{ margin: '8px 0' }} />}
                <div
                  id={questionElementId(item.code)}
                  data-testid="question"
                  data-code={item.code}
                  data-unanswered={missing ? 'true' : undefined}
                  style={{
                    padding: 8,
                    borderRadius: 8,
                    border: `1px solid ${missing ? '#ff4d4f' : 'transparent'}`,
                    background: missing ? '#fff1f0' : undefined,
                  }}
                >
                  <Typography.Paragraph style={{ marginBottom: 2 }}>{item.text}</Typography.Paragraph>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {item.labourFunction}
                  </Typography.Text>
                  <div style={{ marginTop: 8 }}>
                    <Radio.Group
                      value={answers[item.code]}
                      onChange={(event) => answer(item.code, Number(event.target.value))}
                      options={options}
                      aria-label={item.text}
                    />
                  </div>
                  {missing && <Typography.Text type="danger">Нет ответа</Typography.Text>}
                </div>
              </div>
            );
          })}
        </Card>
      ))}
    </div>
  );
}

function SaveStatus({ state }: { state: SaveState }) {
  if (state.status === 'saving') return <Typography.Text type="secondary">Сохранение…</Typography.Text>;
  if (state.status === 'saved') return <Typography.Text type="secondary" data-testid="self-assessment-saved">Сохранено {formatDateTime(state.at)}</Typography.Text>;
  if (state.status === 'error') return <Typography.Text type="danger">Не сохранено: {errorMessage(state.error)}</Typography.Text>;
  return null;
}

function SubmittedResult({ assessment, threshold, onBack }: { assessment: SelfAssessmentDto; threshold: number; onBack: () => void }) {
  const deficits = assessment.scores.filter((score) => score.belowThreshold).length;
  const columns: TableColumnsType<SelfScoreDto> = [
    { title: 'Компетенция', key: 'competence', dataIndex: 'competenceName' },
    { title: 'Средний балл', key: 'score', align: 'right', render: (_, score) => formatScore(score.score) },
    {
      title: 'Итог',
      key: 'result',
      render: (_, score) => (score.belowThreshold ? <Tag color="red">дефицит</Tag> : <Tag color="green">без дефицита</Tag>),
    },
  ];
  return (
    <div data-testid="self-assessment-result">
      <Result
        status="success"
        title="Анкета отправлена"
        subTitle={
          deficits > 0
            ? `Компетенций с дефицитом (средний балл ниже ${formatScore(threshold)}): ${deficits}. Дефициты появятся в «Моей диагностике».`
            : `Средний балл по всем компетенциям не ниже ${formatScore(threshold)}: дефицитов не выявлено.`
        }
        extra={
          <Button type="primary" onClick={onBack} data-testid="self-assessment-back">
            К моей диагностике
          </Button>
        }
      />
      <Table<SelfScoreDto> rowKey="competenceCode" size="small" columns={columns} dataSource={assessment.scores} pagination={false} data-testid="self-assessment-scores" />
    </div>
  );
}
