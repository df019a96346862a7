import { Flex, Spin, Table, Typography } from 'antd'
import type { County } from '../../../../shared/county/county-schema'
import type { Group } from '../../../../shared/group/group-schema'
import { isPending } from '../../api/pending-id'
import { BilingualName } from '../counties/county-name'
import { RowActions } from '../../components/row-actions'
import { useMessages } from '../../i18n/use-messages'
import { commonMessages } from '../../components/common-messages'
import { groupsMessages } from './groups-messages'

interface GroupTableProps {
  groups: Group[]
  counties: County[]
  onEdit: (group: Group) => void
  onDelete: (group: Group) => void
}

/** One row per county group: its county and the officials in it. */
export function GroupTable({ groups, counties, onEdit, onDelete }: GroupTableProps) {
  const t = useMessages(groupsMessages)
  const tCommon = useMessages(commonMessages)
  const countyById = new Map(counties.map((county) => [county.id, county]))
  return (
    <Table<Group>
      rowKey="id"
      dataSource={groups}
      pagination={false}
      size="middle"
      scroll={{ x: 800 }}
      columns={[
        {
          key: 'name',
          title: t('columns.name'),
          width: 220,
          render: (_, group) => (
            <Flex gap={6}>
              {isPending(group.id) && <Spin size="small" />}
              {group.name}
            </Flex>
          ),
        },
        {
          key: 'county',
          title: t('columns.county'),
          width: 200,
          render: (_, group) => {
            const county = countyById.get(group.countyId)
            return county ? <BilingualName chinese={county.name} english={county.nameEn} /> : null
          },
        },
        {
          key: 'members',
          title: t('columns.members'),
          render: (_, group) =>
            group.members.length === 0 ? (
              <Typography.Text type="secondary">{t('noMembers')}</Typography.Text>
            ) : (
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {group.members.map((member, index) => (
                  <li key={index}>
                    {member.name}
                    {member.post && <Typography.Text type="secondary"> · {member.post}</Typography.Text>}
                  </li>
                ))}
              </ul>
            ),
        },
        {
          key: 'actions',
          title: tCommon('actions'),
          width: 190,
          render: (_, group) => (
            <RowActions
              editLabel={t('editNamed', { name: group.name })}
              deleteLabel={t('deleteNamed', { name: group.name })}
              disabled={isPending(group.id)}
              onEdit={() => onEdit(group)}
              onDelete={() => onDelete(group)}
            />
          ),
        },
      ]}
    />
  )
}
