import { PlusOutlined } from '@ant-design/icons'
import { App, Button, Empty, Flex, Typography } from 'antd'
import { useState } from 'react'
import { textIn } from '../../../../shared/locale/locale'
import { type Resource, type ResourceKind } from '../../../../shared/resources/resource-schema'
import { EmptyState } from '../../components/empty-state'
import { NoDataYet } from '../../components/no-data-yet'
import { useLanguage } from '../../i18n/use-language'
import { useSetupContext } from '../setup-context'
import { ResourceFormModal } from './resource-form-modal'
import { ResourceKindFilter } from './resource-kind-filter'
import { moveAmongVisible } from './resource-order'
import { ResourceTable } from './resource-table'
import { useDeleteResource, useReorderResources, useResources } from './use-resources'
import { useMessages } from '../../i18n/use-messages'
import { commonMessages } from '../../components/common-messages'
import { vocabularyMessages } from '../../../../shared/vocabulary/vocabulary-messages'
import { resourcesMessages } from './resources-messages'

/** The workshop's resource catalogue: what groups match to their county's needs. */
export function ResourcesTab() {
  const t = useMessages(resourcesMessages)
  const vocabulary = useMessages(vocabularyMessages)
  const tCommon = useMessages(commonMessages)
  const { modal, message } = App.useApp()
  const language = useLanguage()
  const { workshop } = useSetupContext()
  const resources = useResources(workshop.id)
  const remove = useDeleteResource(workshop.id)
  const reorder = useReorderResources(workshop.id)
  const [editing, setEditing] = useState<Resource | 'new' | null>(null)
  const [kind, setKind] = useState<ResourceKind | null>(null)

  const confirmDelete = (resource: Resource) => {
    const name = textIn(resource.title, language)
    modal.confirm({
      title: t('delete.title', { name }),
      content: t('delete.content'),
      okText: t('delete.ok'),
      okButtonProps: { danger: true },
      cancelText: tCommon('cancel'),
      autoFocusButton: 'cancel',
      onOk: () => remove.mutate(resource, { onSuccess: () => void message.success(t('deleted', { name })) }),
    })
  }

  const addButton = (
    <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
      {t('add')}
    </Button>
  )

  let content
  if (resources.data === undefined) content = <NoDataYet query={resources} />
  else if (resources.data.length === 0)
    content = <EmptyState title={t('empty.title')} text={t('empty.text')} action={addButton} />
  else {
    const all = resources.data
    const visible = kind === null ? all : all.filter((resource) => resource.kind === kind)
    const move = (resource: Resource, delta: -1 | 1) => {
      const ids = moveAmongVisible(
        all.map((row) => row.id),
        visible.map((row) => row.id),
        resource.id,
        delta,
      )
      if (ids) reorder.mutate(ids)
    }
    content = (
      <>
        <Flex justify="space-between" align="start" wrap gap={12} style={{ marginBottom: 12 }}>
          <Typography.Text type="secondary" style={{ maxWidth: 900 }}>
            {t('intro')}
          </Typography.Text>
          {addButton}
        </Flex>
        <div style={{ marginBottom: 12 }}>
          <ResourceKindFilter resources={all} value={kind} onChange={setKind} />
        </div>
        {visible.length === 0 ? (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={t('noneOfKind', {
              kind: kind ? vocabulary(`resourceKinds.${kind}`) : '',
            })}
          />
        ) : (
          <ResourceTable resources={visible} onMove={move} onEdit={setEditing} onDelete={confirmDelete} />
        )}
      </>
    )
  }

  return (
    <>
      {content}
      <ResourceFormModal
        workshopId={workshop.id}
        editing={editing}
        newKind={kind}
        // A resource saved under another kind than the filter shows would vanish from view: follow it.
        onSaved={(resource) => setKind((shown) => (shown === null ? null : resource.kind))}
        onClose={() => setEditing(null)}
      />
    </>
  )
}
