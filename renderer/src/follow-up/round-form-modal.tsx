import { Alert, App, DatePicker, Form, Input, InputNumber, Modal } from 'antd'
import dayjs, { type Dayjs } from 'dayjs'
import {
  followUpRoundInputSchema,
  type FollowUpRound,
} from '../../../shared/follow-up/follow-up-round-schema'
import { ISO_DATE_FORMAT } from '../../../shared/validation/iso-date'
import { commonMessages } from '../components/common-messages'
import { TYPED_DATE_FORMATS } from '../forms/typed-date-formats'
import { useSchemaForm } from '../forms/use-schema-form'
import { useMessages } from '../i18n/use-messages'
import { followUpMessages } from './follow-up-messages'
import { useSaveRound } from './use-follow-up'

const FORM_ID = 'follow-up-round-form'

interface RoundFormValues {
  name: string
  date: Dayjs | null
  planYear: number | null
}

/** The date picker holds a dayjs value; the schema reads the ISO day it stands for. */
const toInput = (values: Record<string, unknown>) => ({
  ...values,
  date: dayjs.isDayjs(values.date) ? values.date.format(ISO_DATE_FORMAT) : '',
})

interface RoundFormModalProps {
  workshopId: string
  /** The round being edited, 'new' to add one, null when closed. */
  editing: FollowUpRound | 'new' | null
  onClose: () => void
  onSaved: (round: FollowUpRound) => void
}

/** Adds or renames a review round: its name, its date and the plan year whose targets it judges. */
export function RoundFormModal({ workshopId, editing, onClose, onSaved }: RoundFormModalProps) {
  const t = useMessages(followUpMessages)
  const tCommon = useMessages(commonMessages)
  const { message } = App.useApp()
  const [form] = Form.useForm<RoundFormValues>()
  const schemaForm = useSchemaForm(form, followUpRoundInputSchema, { toInput })
  const save = useSaveRound(workshopId)

  const submit = () => {
    const input = schemaForm.check()
    if (!input || editing === null) return
    save.mutate(
      { roundId: editing === 'new' ? null : editing.id, input },
      {
        onSuccess: (round) => {
          void message.success(t('roundSaved', { name: round.name }))
          onSaved(round)
          onClose()
        },
        onError: (error) => {
          if (!schemaForm.showHubError(error)) void message.error(error.message)
        },
      },
    )
  }

  const today = dayjs()
  const initialValues: RoundFormValues =
    editing === null || editing === 'new'
      ? { name: '', date: today, planYear: today.year() }
      : { name: editing.name, date: dayjs(editing.date), planYear: editing.planYear }

  return (
    <Modal
      open={editing !== null}
      title={
        editing === null || editing === 'new'
          ? t('roundForm.addTitle')
          : t('roundForm.editTitle', { name: editing.name })
      }
      okText={tCommon('save')}
      cancelText={tCommon('cancel')}
      okButtonProps={{ htmlType: 'submit', form: FORM_ID }}
      confirmLoading={save.isPending}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form
        id={FORM_ID}
        name="follow-up-round"
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onValuesChange={() => schemaForm.onValuesChange()}
        onFinish={submit}
      >
        <Form.Item name="name" label={t('rounds.name')} required>
          <Input maxLength={100} placeholder={t('roundForm.namePlaceholder')} />
        </Form.Item>
        <Form.Item name="date" label={t('rounds.date')} required>
          <DatePicker format={TYPED_DATE_FORMATS} preserveInvalidOnBlur style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="planYear" label={t('rounds.planYear')} extra={t('roundForm.planYearHelp')} required>
          <InputNumber style={{ width: '100%' }} />
        </Form.Item>
        {schemaForm.formErrors.map((text) => (
          <Alert key={text} type="error" title={text} showIcon />
        ))}
      </Form>
    </Modal>
  )
}
