import { Alert, App, Button, Flex, Form } from 'antd'
import { useState } from 'react'
import { workshopInputSchema } from '../../../../shared/workshop/workshop-schema'
import { useUnsavedChangesGuard } from '../../components/use-unsaved-changes-guard'
import { useSchemaForm } from '../../forms/use-schema-form'
import { WorkshopFields } from '../../workshop-form/workshop-fields'
import {
  workshopFormToInput,
  workshopToFormValues,
  type WorkshopFormValues,
} from '../../workshop-form/workshop-form-values'
import { useSetupContext } from '../setup-context'
import { useUpdateWorkshop } from '../use-workshop'
import { useMessages } from '../../i18n/use-messages'
import { commonMessages } from '../../components/common-messages'
import { workshopFormMessages } from '../../workshop-form/workshop-form-messages'

/** Edits the workshop's title, dates, venue, working language and facilitator. */
export function DetailsTab() {
  const t = useMessages(commonMessages)
  const tWorkshopForm = useMessages(workshopFormMessages)
  const { message } = App.useApp()
  const { workshop } = useSetupContext()
  const [form] = Form.useForm<WorkshopFormValues>()
  const schemaForm = useSchemaForm(form, workshopInputSchema, { toInput: workshopFormToInput })
  const update = useUpdateWorkshop(workshop.id)
  const [dirty, setDirty] = useState(false)
  useUnsavedChangesGuard(dirty)

  const submit = () => {
    const details = schemaForm.check()
    if (!details) return
    update.mutate(details, {
      onSuccess: () => {
        setDirty(false)
        void message.success(tWorkshopForm('saved'))
      },
      onError: (error) => schemaForm.showHubError(error),
    })
  }

  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={workshopToFormValues(workshop)}
      onValuesChange={() => {
        setDirty(true)
        schemaForm.onValuesChange()
      }}
      onFinish={submit}
      style={{ maxWidth: 820 }}
    >
      <WorkshopFields />
      {schemaForm.formErrors.map((text) => (
        <Alert key={text} type="error" title={text} showIcon style={{ marginBottom: 16 }} />
      ))}
      <Flex gap={8} align="center">
        <Button type="primary" htmlType="submit" loading={update.isPending}>
          {t('save')}
        </Button>
        {dirty && (
          <Button
            onClick={() => {
              form.resetFields()
              schemaForm.reset()
              setDirty(false)
            }}
          >
            {t('discard')}
          </Button>
        )}
      </Flex>
    </Form>
  )
}
