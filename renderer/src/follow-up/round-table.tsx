import { Button, Flex, Table } from 'antd'
import type { FollowUpRound } from '../../../shared/follow-up/follow-up-round-schema'
import { RowActions } from '../components/row-actions'
import { useFormatters } from '../components/use-formatters'
import { useMessages } from '../i18n/use-messages'
import { followUpMessages } from './follow-up-messages'

interface RoundTableProps {
  rounds: FollowUpRound[]
  openRoundId: string | null
  onOpen: (round: FollowUpRound) => void
  onEdit: (round: FollowUpRound) => void
  onDelete: (round: FollowUpRound) => void
}

/** The workshop's review rounds by date; the open one is marked. */
export function RoundTable({ rounds, openRoundId, onOpen, onEdit, onDelete }: RoundTableProps) {
  const t = useMessages(followUpMessages)
  const format = useFormatters()
  return (
    <Table<FollowUpRound>
      rowKey="id"
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={rounds}
      rowClassName={(round) => (round.id === openRoundId ? 'ant-table-row-selected' : '')}
      columns={[
        { key: 'name', title: t('rounds.name'), dataIndex: 'name' },
        { key: 'date', title: t('rounds.date'), render: (_, round) => format.date(round.date) },
        { key: 'planYear', title: t('rounds.planYear'), dataIndex: 'planYear' },
        {
          key: 'actions',
          title: '',
          render: (_, round) => (
            <Flex gap={4} wrap>
              <Button
                size="small"
                type={round.id === openRoundId ? 'primary' : 'default'}
                aria-label={t('rounds.openNamed', { name: round.name })}
                aria-pressed={round.id === openRoundId}
                onClick={() => onOpen(round)}
              >
                {t('rounds.open')}
              </Button>
              <RowActions
                editLabel={t('rounds.editNamed', { name: round.name })}
                deleteLabel={t('rounds.deleteNamed', { name: round.name })}
                disabled={false}
                onEdit={() => onEdit(round)}
                onDelete={() => onDelete(round)}
              />
            </Flex>
          ),
        },
      ]}
    />
  )
}
