import { PlusOutlined } from '@ant-design/icons'
import { Alert, App, Button, Flex, Typography } from 'antd'
import { useState } from 'react'
import { useNavigate } from 'react-router'
import type { Group } from '../../../../shared/group/group-schema'
import { EmptyState } from '../../components/empty-state'
import { NoDataYet } from '../../components/no-data-yet'
import { useCounties } from '../counties/use-counties'
import { useSetupContext } from '../setup-context'
import { GroupFormModal } from './group-form-modal'
import { GroupTable } from './group-table'
import { useDeleteGroup, useGroups } from './use-groups'
import { useMessages } from '../../i18n/use-messages'
import { commonMessages } from '../../components/common-messages'
import { groupsMessages } from './groups-messages'

/** One group per county: who drafts that county's plan. */
export function GroupsTab() {
  const t = useMessages(groupsMessages)
  const tCommon = useMessages(commonMessages)
  const { modal, message } = App.useApp()
  const navigate = useNavigate()
  const { workshop } = useSetupContext()
  const counties = useCounties(workshop.id)
  const groups = useGroups(workshop.id)
  const remove = useDeleteGroup(workshop.id)
  const [editing, setEditing] = useState<Group | 'new' | null>(null)

  if (counties.data === undefined) return <NoDataYet query={counties} />
  if (groups.data === undefined) return <NoDataYet query={groups} />

  if (counties.data.length === 0) {
    return (
      <EmptyState
        title={t('noCounties.title')}
        text={t('noCounties.text')}
        action={
          <Button type="primary" onClick={() => void navigate('../counties')}>
            {t('noCounties.action')}
          </Button>
        }
      />
    )
  }

  const confirmDelete = (group: Group) => {
    modal.confirm({
      title: t('delete.title', { name: group.name }),
      content: t('delete.content'),
      okText: t('delete.ok'),
      okButtonProps: { danger: true },
      cancelText: tCommon('cancel'),
      autoFocusButton: 'cancel',
      onOk: () =>
        remove.mutate(group, {
          onSuccess: () => void message.success(t('deleted', { name: group.name })),
        }),
    })
  }

  const countiesWithoutGroup = counties.data.filter(
    (county) => !groups.data.some((group) => group.countyId === county.id),
  )
  const addButton = (
    <Button
      type="primary"
      icon={<PlusOutlined aria-hidden />}
      disabled={countiesWithoutGroup.length === 0}
      onClick={() => setEditing('new')}
    >
      {t('add')}
    </Button>
  )

  return (
    <>
      {groups.data.length === 0 ? (
        <EmptyState title={t('empty.title')} text={t('empty.text')} action={addButton} />
      ) : (
        <>
          <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 12 }}>
            <Typography.Text type="secondary">{t('intro')}</Typography.Text>
            {addButton}
          </Flex>
          {countiesWithoutGroup.length === 0 && (
            <Alert type="info" showIcon title={t('allCountiesTaken')} style={{ marginBottom: 12 }} />
          )}
          <GroupTable
            groups={groups.data}
            counties={counties.data}
            onEdit={setEditing}
            onDelete={confirmDelete}
          />
        </>
      )}
      <GroupFormModal
        workshop={workshop}
        counties={counties.data}
        groups={groups.data}
        editing={editing}
        onClose={() => setEditing(null)}
      />
    </>
  )
}
