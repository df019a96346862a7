import { Alert, App, Form, Modal, Select, Typography } from 'antd'
import { z } from 'zod'
import { textIn } from '../../../../shared/locale/locale'
import {
  RESOURCE_KINDS,
  resourceInputSchema,
  type Resource,
  type ResourceInput,
  type ResourceKind,
} from '../../../../shared/resources/resource-schema'
import { useSchemaForm } from '../../forms/use-schema-form'
import { useLanguage } from '../../i18n/use-language'
import { LocalizedFields } from './localized-fields'
import { useCreateResource, useUpdateResource } from './use-resources'
import { focusField } from '../../forms/focus-field'
import { useMessages } from '../../i18n/use-messages'
import { commonMessages } from '../../components/common-messages'
import { vocabularyMessages } from '../../../../shared/vocabulary/vocabulary-messages'
import { resourcesMessages } from './resources-messages'

const FORM_ID = 'resource-form'
/** antd names each field's input `<form name>_<field path>`: the title in Chinese is `resource_title_zh-CN`. */
const FORM_NAME = 'resource'

/**
 * The hub's schema; only an unchosen kind reads "required" rather than "not valid", since the
 * select cannot produce any other invalid kind.
 */
const resourceFormSchema = resourceInputSchema.extend({ kind: z.enum(RESOURCE_KINDS, 'v.required') })

const blank = { 'zh-CN': '', en: '' }

interface ResourceFormModalProps {
  workshopId: string
  /** The resource being edited, 'new' to add one, null when closed. */
  editing: Resource | 'new' | null
  /** The kind a new resource starts with (the kind the table is filtered to), if any. */
  newKind: ResourceKind | null
  onSaved: (resource: Resource) => void
  onClose: () => void
}

/** Adds or edits a catalogue resource; the modal stays open until the hub has stored it. */
export function ResourceFormModal({
  workshopId,
  editing,
  newKind,
  onSaved,
  onClose,
}: ResourceFormModalProps) {
  const t = useMessages(resourcesMessages)
  const vocabulary = useMessages(vocabularyMessages)
  const tCommon = useMessages(commonMessages)
  const { message } = App.useApp()
  const language = useLanguage()
  const [form] = Form.useForm<ResourceInput>()
  const schemaForm = useSchemaForm(form, resourceFormSchema)
  const create = useCreateResource(workshopId)
  const update = useUpdateResource(workshopId)

  const submit = () => {
    const details = schemaForm.check()
    if (!details || editing === null) return
    const done = {
      onSuccess: (resource: Resource) => {
        void message.success(t('saved', { name: textIn(resource.title, language) }))
        onSaved(resource)
        onClose()
      },
      onError: (error: unknown) => schemaForm.showHubError(error),
    }
    if (editing === 'new') create.mutate(details, done)
    else update.mutate({ resourceId: editing.id, details }, done)
  }

  const initialValues: Partial<ResourceInput> =
    editing === null || editing === 'new'
      ? { kind: newKind ?? undefined, title: blank, provider: blank, description: blank }
      : {
          kind: editing.kind,
          title: editing.title,
          provider: editing.provider,
          description: editing.description,
        }

  return (
    <Modal
      open={editing !== null}
      title={
        editing === null || editing === 'new'
          ? t('form.addTitle')
          : t('form.editTitle', { name: textIn(editing.title, language) })
      }
      okText={tCommon('save')}
      cancelText={tCommon('cancel')}
      okButtonProps={{ htmlType: 'submit', form: FORM_ID }}
      confirmLoading={create.isPending || update.isPending}
      onCancel={onClose}
      afterOpenChange={(open) => open && focusField(`${FORM_NAME}_title_zh-CN`)}
      destroyOnHidden
      width={760}
    >
      <Form
        id={FORM_ID}
        name={FORM_NAME}
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onValuesChange={schemaForm.onValuesChange}
        onFinish={submit}
      >
        <Typography.Paragraph type="secondary">{t('form.languageHint')}</Typography.Paragraph>
        <Form.Item name="kind" label={t('fields.kind')} required>
          <Select
            placeholder={t('form.kindPlaceholder')}
            showSearch={{ optionFilterProp: 'label' }}
            options={RESOURCE_KINDS.map((kind) => ({
              value: kind,
              label: vocabulary(`resourceKinds.${kind}`),
            }))}
            style={{ maxWidth: 360 }}
          />
        </Form.Item>
        <LocalizedFields name="title" maxLength={200} />
        <LocalizedFields name="provider" maxLength={200} extra={t('form.providerHint')} />
        <LocalizedFields name="description" maxLength={2000} multiline />
        {schemaForm.formErrors.map((text) => (
          <Alert key={text} type="error" title={text} showIcon />
        ))}
      </Form>
    </Modal>
  )
}
