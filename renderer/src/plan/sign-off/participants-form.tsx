import { DeleteOutlined, PlusOutlined } from '@ant-design/icons'
import { Alert, App, Button, Col, Form, Input, Row, Space, Typography } from 'antd'
import { useTranslation } from 'react-i18next'
import type { GroupMember } from '../../../../shared/group/group-schema'
import {
  MAX_PARTICIPANTS,
  participantsCorrectionSchema,
  type CountyParticipants,
} from '../../../../shared/participants/participants'
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
      <Form.List name="participants">
        {(fields, { add, remove }) => (
          <>
            {fields.length === 0 && (
              <Typography.Paragraph type="secondary">
                {t('plan.signOff.participants.none')}
              </Typography.Paragraph>
            )}
            {fields.map((field, index) => (
              <Row key={field.key} gutter={8} align="top" wrap={false}>
                <Col flex="2 1 0">
                  <Form.Item name={[field.name, 'name']} style={{ marginBottom: 12 }}>
                    <Input
                      aria-label={t('plan.signOff.participants.nameN', { n: index + 1 })}
                      placeholder={t('plan.signOff.participants.name')}
                      maxLength={100}
                    />
                  </Form.Item>
                </Col>
                <Col flex="3 1 0">
                  <Form.Item name={[field.name, 'post']} style={{ marginBottom: 12 }}>
                    <Input
                      aria-label={t('plan.signOff.participants.postN', { n: index + 1 })}
                      placeholder={t('plan.signOff.participants.post')}
                      maxLength={200}
                    />
                  </Form.Item>
                </Col>
                <Col flex="none">
                  <Button
                    icon={<DeleteOutlined aria-hidden />}
                    aria-label={t('plan.signOff.participants.removeN', { n: index + 1 })}
                    title={t('plan.signOff.participants.removeN', { n: index + 1 })}
                    onClick={() => remove(field.name)}
                  />
                </Col>
              </Row>
            ))}
            <Button
              icon={<PlusOutlined aria-hidden />}
              onClick={() => add({ name: '', post: '' })}
              disabled={fields.length >= MAX_PARTICIPANTS}
              style={{ marginBottom: 16 }}
            >
              {t('plan.signOff.participants.add')}
            </Button>
          </>
        )}
      </Form.List>
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
