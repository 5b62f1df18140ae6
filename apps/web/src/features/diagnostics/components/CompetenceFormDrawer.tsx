import { CompetenceDto } from '@sopr/api-client';
import { CompetenceArea } from '@sopr/shared';
import { Form, Input, Select, Typography } from 'antd';
import { useEffect } from 'react';
import { FormDrawer } from '../../../shared/components/FormDrawer';
import { useApiFormErrors } from '../../../shared/hooks/useApiFormErrors';
import { useNotify } from '../../../shared/hooks/useNotify';
import { useFrameworkMutations } from '../hooks/useDiagnostics';
import { COMPETENCE_AREA_OPTIONS } from '../lib/titles';

/** What the drawer does: add a competence (under a parent or as a root) or rename one. */
export type CompetenceEdit =
  | { mode: 'add'; parent: CompetenceDto | null; /** After the parent's other children. */ sortOrder: number }
  | { mode: 'rename'; competence: CompetenceDto };

interface Values {
  name: string;
  code?: string;
  area?: CompetenceArea;
}

const FIELDS = ['name', 'code', 'area', 'parentId'] as const;

/** Adds or renames a competence of a draft framework. */
export function CompetenceFormDrawer({ frameworkId, edit, onClose }: { frameworkId: string; edit: CompetenceEdit | null; onClose: () => void }) {
  const [form] = Form.useForm<Values>();
  const errors = useApiFormErrors(form, FIELDS);
  const clearErrors = errors.clear;
  const notify = useNotify();
  const { addCompetence, updateCompetence } = useFrameworkMutations();
  const open = edit !== null;
  const root = edit?.mode === 'add' && edit.parent === null;

  useEffect(() => {
    if (!edit) return;
    clearErrors();
    form.resetFields();
    form.setFieldsValue(edit.mode === 'rename' ? { name: edit.competence.name } : { name: '', area: CompetenceArea.PROFESSIONAL });
  }, [edit, form, clearErrors]);

  const submit = () =>
    errors.submit(async (values) => {
      if (!edit) return;
      if (edit.mode === 'rename') {
        await updateCompetence.mutateAsync({ id: frameworkId, competenceId: edit.competence.id, data: { name: values.name.trim() } });
        notify.success('Компетенция переименована');
      } else {
        await addCompetence.mutateAsync({
          id: frameworkId,
          data: {
            name: values.name.trim(),
            parentId: edit.parent?.id ?? null,
            sortOrder: edit.sortOrder,
            ...(values.code?.trim() ? { code: values.code.trim().toUpperCase() } : {}),
            ...(edit.parent === null ? { area: values.area } : {}),
          },
        });
        notify.success('Компетенция добавлена');
      }
      onClose();
    });

  return (
    <FormDrawer
      open={open}
      title={edit?.mode === 'rename' ? 'Переименование компетенции' : 'Новая компетенция'}
      onClose={onClose}
      onSubmit={submit}
      submitting={addCompetence.isPending || updateCompetence.isPending}
      error={errors.message}
      submitText={edit?.mode === 'rename' ? 'Сохранить' : 'Добавить'}
      testId="competence-form"
    >
      <Form<Values> form={form} layout="vertical" onFinish={submit} requiredMark="optional">
        {edit?.mode === 'add' && (
          <Typography.Paragraph type="secondary">
            {edit.parent ? `Входит в «${edit.parent.name}».` : 'Корневая компетенция своей области.'}
          </Typography.Paragraph>
        )}
        <Form.Item label="Название" name="name" rules={[{ required: true, whitespace: true, message: 'Укажите название' }]}>
          <Input maxLength={300} data-testid="competence-name" />
        </Form.Item>
        {edit?.mode === 'add' && (
          <Form.Item
            label="Код"
            name="code"
            extra="Заглавная латиница, цифры, «.», «_», «-»; постоянный между версиями. Пусто — создаётся автоматически."
            normalize={(value: string | undefined) => value?.toUpperCase()}
            rules={[{ pattern: /^[A-Z0-9._-]*$/, message: 'Только латиница, цифры, «.», «_», «-»' }]}
          >
            <Input maxLength={40} data-testid="competence-code" />
          </Form.Item>
        )}
        {root && (
          <Form.Item label="Область" name="area" rules={[{ required: true, message: 'Выберите область' }]}>
            <Select options={COMPETENCE_AREA_OPTIONS} data-testid="competence-area" />
          </Form.Item>
        )}
      </Form>
    </FormDrawer>
  );
}
