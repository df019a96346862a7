import { Alert, App, Button, Drawer, Flex, Form, Input, Typography } from 'antd'
import { countyInputSchema, type County, type CountyInput } from '../../../../shared/county/county-schema'
import { useSchemaForm } from '../../forms/use-schema-form'
import { useLanguage } from '../../i18n/use-language'
import { bilingual } from './county-name'
import { CountyFiguresFields } from './county-figures-fields'
import { countyToFormValues, NEW_COUNTY } from './county-form-values'
import { CountyIdentityFields } from './county-identity-fields'
import { CountyProductsField } from './county-products-field'
import { CountySourcesField } from './county-sources-field'
import { useCreateCounty, useUpdateCounty } from './use-counties'
import { focusField } from '../../forms/focus-field'
import { useMessages } from '../../i18n/use-messages'
import { commonMessages } from '../../components/common-messages'
import { countiesMessages } from './counties-messages'

const FORM_ID = 'county-form'

interface CountyFormDrawerProps {
  workshopId: string
  /** The county being edited, 'new' to add one, null when closed. */
  editing: County | 'new' | null
  onClose: () => void
}

/**
 * Adds or edits a county. The figures are checked with the hub's own schema before anything is sent;
 * the drawer stays open until the hub has stored the county, so its refusals land on the fields.
 */
export function CountyFormDrawer({ workshopId, editing, onClose }: CountyFormDrawerProps) {
  const t = useMessages(countiesMessages)
  const tCommon = useMessages(commonMessages)
  const { message } = App.useApp()
  const language = useLanguage()
  const [form] = Form.useForm<CountyInput>()
  const schemaForm = useSchemaForm(form, countyInputSchema)
  const create = useCreateCounty(workshopId)
  const update = useUpdateCounty(workshopId)
  const saving = create.isPending || update.isPending

  const submit = () => {
    const details = schemaForm.check()
    if (!details || editing === null) return
    const done = {
      onSuccess: (county: County) => {
        void message.success(t('saved', { name: bilingual(county.name, county.nameEn, language).primary }))
        onClose()
      },
      onError: (error: unknown) => schemaForm.showHubError(error),
    }
    if (editing === 'new') create.mutate(details, done)
    else update.mutate({ countyId: editing.id, details }, done)
  }

  const title =
    editing === null || editing === 'new'
      ? t('form.addTitle')
      : t('form.editTitle', { name: bilingual(editing.name, editing.nameEn, language).primary })

  const section = (text: string) => (
    <Typography.Title level={2} style={{ fontSize: 17, margin: '8px 0 12px' }}>
      {text}
    </Typography.Title>
  )

  return (
    <Drawer
      open={editing !== null}
      title={title}
      size={760}
      onClose={onClose}
      afterOpenChange={(open) => open && focusField('county_name')}
      destroyOnHidden
      footer={
        <Flex gap={8} justify="end">
          <Button onClick={onClose}>{tCommon('cancel')}</Button>
          <Button type="primary" htmlType="submit" form={FORM_ID} loading={saving}>
            {tCommon('save')}
          </Button>
        </Flex>
      }
    >
      {editing !== null && (
        <Form
          id={FORM_ID}
          name="county"
          form={form}
          layout="vertical"
          initialValues={editing === 'new' ? NEW_COUNTY : countyToFormValues(editing)}
          onValuesChange={schemaForm.onValuesChange}
          onFinish={submit}
        >
          {schemaForm.hasErrors && (
            <Alert
              type="error"
              showIcon
              title={tCommon('fixErrors')}
              style={{ marginBottom: 16 }}
              role="alert"
            />
          )}
          {section(t('form.sections.identity'))}
          <CountyIdentityFields />
          {section(t('form.sections.figures'))}
          <CountyFiguresFields />
          {section(t('form.sections.products'))}
          <CountyProductsField />
          {section(t('form.sections.sources'))}
          <CountySourcesField />
          <Form.Item name="notes" label={t('fields.notes')} style={{ marginTop: 24 }}>
            <Input.TextArea lang="zh-CN" autoSize={{ minRows: 3, maxRows: 10 }} maxLength={4000} />
          </Form.Item>
          <Form.Item name="notesEn" label={t('fields.notesEn')}>
            <Input.TextArea lang="en" autoSize={{ minRows: 3, maxRows: 10 }} maxLength={4000} />
          </Form.Item>
          {schemaForm.formErrors.map((text) => (
            <Alert key={text} type="error" title={text} showIcon />
          ))}
        </Form>
      )}
    </Drawer>
  )
}
