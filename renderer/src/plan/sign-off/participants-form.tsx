import { Alert, App, Button, Form, Space, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { GroupMember } from '../../../../shared/group/group-schema'
import {
  MAX_PARTICIPANTS,
  participantsCorrectionSchema,
  type CountyParticipants,
} from '../../../../shared/participants/participants'
import { PeopleListField } from '../../components/people-list-field'
import { useSchemaForm } from '../../forms/use-schema-form'
import { useCorrectParticipants } from './use-participants'

interface ParticipantsFormProps {
  workshopId: string
  countyId: string
  token: string
  data: CountyParticipants
}

/** The facilitator's correction of the list: names and posts, added, removed, saved or given up. */
export function ParticipantsForm({ workshopId, countyId, token, data }: ParticipantsFormProps) {
  const { t } = useTranslation()
  const { message } = App.useApp()
  const [form] = Form.useForm<{ participants: GroupMember[] }>()
  const schemaForm = useSchemaForm(form, participantsCorrectionSchema)
  const correct = useCorrectParticipants(workshopId, countyId, token)

  const save = (participants: GroupMember[] | null) =>
    correct.mutate(
      { participants },
      {
        onSuccess: () => void message.success(t('plan.signOff.participants.saved')),
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
      aria-label={t('plan.signOff.participants.heading')}
    >
      <div style={{ marginBottom: 16 }}>
        <PeopleListField
          name="participants"
          max={MAX_PARTICIPANTS}
          labels={{
            name: (n) => t('plan.signOff.participants.nameN', { n }),
            post: (n) => t('plan.signOff.participants.postN', { n }),
            remove: (n) => t('plan.signOff.participants.removeN', { n }),
            add: t('plan.signOff.participants.add'),
          }}
          placeholders={{
            name: t('plan.signOff.participants.name'),
            post: t('plan.signOff.participants.post'),
          }}
          empty={
            <Typography.Paragraph type="secondary">
              {t('plan.signOff.participants.none')}
            </Typography.Paragraph>
          }
        />
      </div>
      {schemaForm.formErrors.map((text) => (
        <Alert key={text} type="error" title={text} showIcon style={{ marginBottom: 16 }} />
      ))}
      <Space wrap>
        <Button type="primary" htmlType="submit" loading={correct.isPending}>
          {t('plan.signOff.participants.save')}
        </Button>
        {data.corrected && (
          <Button onClick={() => save(null)} disabled={correct.isPending}>
            {t('plan.signOff.participants.useSuggested')}
          </Button>
        )}
      </Space>
    </Form>
  )
}
