import { Alert, App, Form, Modal } from 'antd'
import dayjs from 'dayjs'
import { useRef } from 'react'
import { useNavigate } from 'react-router'
import { PROGRAM_TEMPLATES } from '../../../shared/program/program-templates'
import { createWorkshopSchema } from '../../../shared/workshop/workshop-schema'
import { useSchemaForm } from '../forms/use-schema-form'
import { useLanguage } from '../i18n/use-language'
import { WorkshopFields } from '../workshop-form/workshop-fields'
import { workshopFormToInput, type WorkshopFormValues } from '../workshop-form/workshop-form-values'
import { TemplateChooser } from './template-chooser'
import { useCreateWorkshop } from './use-workshops'
import { useMessages } from '../i18n/use-messages'
import { commonMessages } from '../components/common-messages'
import { workshopFormMessages } from '../workshop-form/workshop-form-messages'

const FORM_ID = 'create-workshop-form'

/** "New workshop": details plus the program its agenda starts from; opens the new workshop when created. */
export function CreateWorkshopDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useMessages(workshopFormMessages)
  const tCommon = useMessages(commonMessages)
  const { message } = App.useApp()
  const language = useLanguage()
  const navigate = useNavigate()
  const [form] = Form.useForm<WorkshopFormValues>()
  const schemaForm = useSchemaForm(form, createWorkshopSchema, { toInput: workshopFormToInput })
  const create = useCreateWorkshop()
  const endDateChosen = useRef(false)

  const initialValues = (): WorkshopFormValues => {
    const start = dayjs().startOf('day')
    const template = 'standard-3-day'
    return {
      language,
      template,
      startDate: start,
      endDate: start.add(PROGRAM_TEMPLATES[template].days.length - 1, 'day'),
    }
  }

  /** Keeps the end date in step with the start and the program's length until the user sets it. */
  const onValuesChange = (changed: WorkshopFormValues, all: WorkshopFormValues) => {
    // onValuesChange reports only the user's own edits, never setFieldValue below.
    if ('endDate' in changed) endDateChosen.current = true
    if (
      ('startDate' in changed || 'template' in changed) &&
      all.startDate &&
      all.template &&
      !endDateChosen.current
    ) {
      form.setFieldValue('endDate', all.startDate.add(PROGRAM_TEMPLATES[all.template].days.length - 1, 'day'))
    }
    schemaForm.onValuesChange()
  }

  const submit = () => {
    const input = schemaForm.check()
    if (!input) return
    create.mutate(input, {
      onSuccess: (workshop) => {
        void message.success(t('created', { title: workshop.title }))
        onClose()
        void navigate(`/workshops/${workshop.id}`)
      },
      onError: (error) => schemaForm.showHubError(error),
    })
  }

  return (
    <Modal
      open={open}
      title={t('createTitle')}
      okText={t('createOk')}
      cancelText={tCommon('cancel')}
      okButtonProps={{ htmlType: 'submit', form: FORM_ID }}
      confirmLoading={create.isPending}
      onCancel={onClose}
      afterOpenChange={(visible) => {
        if (!visible) endDateChosen.current = false
      }}
      destroyOnHidden
      width={720}
    >
      <Form
        id={FORM_ID}
        form={form}
        layout="vertical"
        initialValues={initialValues()}
        onValuesChange={onValuesChange}
        onFinish={submit}
        requiredMark
      >
        <WorkshopFields />
        <Form.Item name="template" label={t('fields.template')} extra={t('fields.templateHelp')}>
          <TemplateChooser />
        </Form.Item>
        {schemaForm.formErrors.map((text) => (
          <Alert key={text} type="error" title={text} showIcon />
        ))}
      </Form>
    </Modal>
  )
}
