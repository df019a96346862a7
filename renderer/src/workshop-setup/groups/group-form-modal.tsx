import { Alert, App, Form, Input, Modal, Select } from 'antd'
import { useEffect, useRef } from 'react'
import type { County } from '../../../../shared/county/county-schema'
import { groupInputSchema, type Group, type GroupInput } from '../../../../shared/group/group-schema'
import type { Workshop } from '../../../../shared/workshop/workshop-schema'
import { useSchemaForm } from '../../forms/use-schema-form'
import { useLanguage } from '../../i18n/use-language'
import { bilingual } from '../counties/county-name'
import { GroupMembersField } from './group-members-field'
import { useCreateGroup, useUpdateGroup } from './use-groups'
import { useMessages } from '../../i18n/use-messages'
import { commonMessages } from '../../components/common-messages'
import { groupsMessages } from './groups-messages'

const FORM_ID = 'group-form'

interface GroupFormModalProps {
  workshop: Workshop
  counties: County[]
  groups: Group[]
  /** The group being edited, 'new' to create one, null when closed. */
  editing: Group | 'new' | null
  onClose: () => void
}

/** Creates or edits a county group; only counties without a group can be chosen (one group per county). */
export function GroupFormModal({ workshop, counties, groups, editing, onClose }: GroupFormModalProps) {
  const t = useMessages(groupsMessages)
  const tCommon = useMessages(commonMessages)
  const { message } = App.useApp()
  const language = useLanguage()
  const [form] = Form.useForm<GroupInput>()
  const schemaForm = useSchemaForm(form, groupInputSchema)
  const create = useCreateGroup(workshop.id)
  const update = useUpdateGroup(workshop.id)
  // The name is suggested from the county until the user types one of their own.
  const nameChosen = useRef(false)
  useEffect(() => {
    nameChosen.current = editing !== 'new'
  }, [editing])

  const editingId = editing !== null && editing !== 'new' ? editing.id : null
  const taken = new Set(groups.filter((group) => group.id !== editingId).map((group) => group.countyId))
  const countyOptions = counties
    .filter((county) => !taken.has(county.id))
    .map((county) => {
      const { primary, secondary } = bilingual(county.name, county.nameEn, language)
      return { value: county.id, label: secondary ? `${primary} · ${secondary}` : primary }
    })

  const onValuesChange = (changed: Partial<GroupInput>) => {
    if ('name' in changed) nameChosen.current = true
    if ('countyId' in changed && !nameChosen.current) {
      const county = counties.find((row) => row.id === changed.countyId)
      if (county) {
        // The group name is content of the workshop, so it follows the workshop's language, not the UI's.
        const countyName = workshop.language === 'en' && county.nameEn ? county.nameEn : county.name
        form.setFieldValue('name', t('form.defaultName', { county: countyName, lng: workshop.language }))
      }
    }
    schemaForm.onValuesChange()
  }

  const submit = () => {
    const details = schemaForm.check()
    if (!details || editing === null) return
    const done = {
      onSuccess: (group: Group) => {
        void message.success(t('saved', { name: group.name }))
        onClose()
      },
      onError: (error: unknown) => schemaForm.showHubError(error),
    }
    if (editing === 'new') create.mutate(details, done)
    else update.mutate({ groupId: editing.id, details }, done)
  }

  const initialValues: Partial<GroupInput> =
    editing === null || editing === 'new'
      ? { name: '', members: [] }
      : { countyId: editing.countyId, name: editing.name, members: editing.members }

  return (
    <Modal
      open={editing !== null}
      title={
        editing === null || editing === 'new'
          ? t('form.addTitle')
          : t('form.editTitle', { name: editing.name })
      }
      okText={tCommon('save')}
      cancelText={tCommon('cancel')}
      okButtonProps={{ htmlType: 'submit', form: FORM_ID }}
      confirmLoading={create.isPending || update.isPending}
      onCancel={onClose}
      destroyOnHidden
      width={640}
    >
      <Form
        id={FORM_ID}
        name="group"
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onValuesChange={onValuesChange}
        onFinish={submit}
      >
        <Form.Item name="countyId" label={t('fields.county')} required>
          <Select
            options={countyOptions}
            placeholder={t('form.countyPlaceholder')}
            showSearch={{ optionFilterProp: 'label' }}
          />
        </Form.Item>
        <Form.Item name="name" label={t('fields.name')} required>
          <Input maxLength={100} />
        </Form.Item>
        <GroupMembersField />
        {schemaForm.formErrors.map((text) => (
          <Alert key={text} type="error" title={text} showIcon style={{ marginTop: 16 }} />
        ))}
      </Form>
    </Modal>
  )
}
