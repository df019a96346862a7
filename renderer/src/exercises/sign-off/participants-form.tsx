import { Alert, App, Button, Form, Space, Typography } from 'antd'
import type { GroupMember } from '../../../../shared/group/group-schema'
import {
  MAX_PARTICIPANTS,
  participantsCorrectionSchema,
  type CountyParticipants,
} from '../../../../shared/exercises/sign-off/participants'
import { PeopleListField } from '../../components/people-list-field'
import { useSchemaForm } from '../../forms/use-schema-form'
import { useCorrectParticipants } from './use-participants'
import { useMessages } from '../../i18n/use-messages'
import { signOffUiMessages } from './sign-off-ui-messages'

interface ParticipantsFormProps {
  workshopId: string
  countyId: string
  token: string
  data: CountyParticipants
}

/** The facilitator's correction of the list: names and posts, added, removed, saved or given up. */
export function ParticipantsForm({ workshopId, countyId, token, data }: ParticipantsFormProps) {
  const t = useMessages(signOffUiMessages)
  const { message } = App.useApp()
  const [form] = Form.useForm<{ participants: GroupMember[] }>()
  const schemaForm = useSchemaForm(form, participantsCorrectionSchema)
  const correct = useCorrectParticipants(workshopId, countyId, token)

  const save = (participants: GroupMember[] | null) =>
    correct.mutate(
      { participants },
      {
        onSuccess: () => void message.success(t('participants.saved')),
        onError: (error) => {
          if (!schemaForm.showHubError(error)) void message.error((error as Error).message)
        },
      },
    )
  const submit = () => {
    const checked = schemaForm.check()
    if (checked) save(checked.participants)
  }

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ participants: data.participants }}
      onValuesChange={schemaForm.onValuesChange}
      onFinish={submit}
      aria-label={t('participants.heading')}
    >
      <div style={{ marginBottom: 16 }}>
        <PeopleListField
          name="participants"
          max={MAX_PARTICIPANTS}
          labels={{
            name: (n) => t('participants.nameN', { n }),
            post: (n) => t('participants.postN', { n }),
            remove: (n) => t('participants.removeN', { n }),
            add: t('participants.add'),
          }}
          placeholders={{
            name: t('participants.name'),
            post: t('participants.post'),
          }}
          empty={<Typography.Paragraph type="secondary">{t('participants.none')}</Typography.Paragraph>}
        />
      </div>
      {schemaForm.formErrors.map((text) => (
        <Alert key={text} type="error" title={text} showIcon style={{ marginBottom: 16 }} />
      ))}
      <Space wrap>
        <Button type="primary" htmlType="submit" loading={correct.isPending}>
          {t('participants.save')}
        </Button>
        {data.corrected && (
          <Button onClick={() => save(null)} disabled={correct.isPending}>
            {t('participants.useSuggested')}
          </Button>
        )}
      </Space>
    </Form>
  )
}
