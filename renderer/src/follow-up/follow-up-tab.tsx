import { PlusOutlined } from '@ant-design/icons'
import { App, Button, Flex, Typography } from 'antd'
import { useState } from 'react'
import { useSearchParams } from 'react-router'
import type { FollowUpRound } from '../../../shared/follow-up/follow-up-round-schema'
import { commonMessages } from '../components/common-messages'
import { EmptyState } from '../components/empty-state'
import { NoDataYet } from '../components/no-data-yet'
import { useMessages } from '../i18n/use-messages'
import { useCounties } from '../workshop-setup/counties/use-counties'
import { useSetupContext } from '../workshop-setup/setup-context'
import { CountyReportForm } from './county-report-form'
import { followUpMessages } from './follow-up-messages'
import { RoundFormModal } from './round-form-modal'
import { RoundExports } from './round-exports'
import { RoundOverview } from './round-overview'
import { RoundGalleryPanel } from './charts/round-gallery-panel'
import { RoundTable } from './round-table'
import { useDeleteRound, useFollowUpRounds } from './use-follow-up'

/**
 * Follow-up reviews (跟踪复盘): the workshop's review rounds, the counties of the open round, and one
 * county's report. Which round and county are open is in the address (?round=…&county=…), so a reload or
 * a shared link shows the same.
 */
export function FollowUpTab() {
  const t = useMessages(followUpMessages)
  const tCommon = useMessages(commonMessages)
  const { modal, message } = App.useApp()
  const { workshop } = useSetupContext()
  const rounds = useFollowUpRounds(workshop.id)
  const counties = useCounties(workshop.id)
  const remove = useDeleteRound(workshop.id)
  const [editing, setEditing] = useState<FollowUpRound | 'new' | null>(null)
  const [search, setSearch] = useSearchParams()

  if (rounds.data === undefined) return <NoDataYet query={rounds} />
  if (counties.data === undefined) return <NoDataYet query={counties} />

  const openRound = rounds.data.find((round) => round.id === search.get('round')) ?? null
  const openCounty = counties.data.find((county) => county.id === search.get('county')) ?? null
  const open = (roundId: string | null, countyId: string | null = null) =>
    setSearch(
      Object.fromEntries(
        Object.entries({ round: roundId, county: countyId }).filter(
          (entry): entry is [string, string] => entry[1] !== null,
        ),
      ),
    )

  const confirmDelete = (round: FollowUpRound) => {
    modal.confirm({
      title: t('deleteRound.title', { name: round.name }),
      content: t('deleteRound.content'),
      okText: t('deleteRound.ok'),
      okButtonProps: { danger: true },
      cancelText: tCommon('cancel'),
      autoFocusButton: 'cancel',
      onOk: () =>
        remove.mutateAsync(round.id).then(
          () => {
            if (openRound?.id === round.id) open(null)
            void message.success(t('roundDeleted', { name: round.name }))
          },
          (error: Error) => void message.error(error.message),
        ),
    })
  }

  const addButton = (
    <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setEditing('new')}>
      {t('addRound')}
    </Button>
  )

  return (
    <>
      {rounds.data.length === 0 ? (
        <EmptyState title={t('empty.title')} text={t('empty.text')} action={addButton} />
      ) : openRound && openCounty ? (
        <CountyReportForm
          // Edits kept over a refused save belong to one county's report of one round.
          key={`${openRound.id}/${openCounty.id}`}
          round={openRound}
          county={openCounty}
          onBack={() => open(openRound.id)}
        />
      ) : (
        <>
          <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 12 }}>
            <Typography.Text type="secondary" style={{ flex: '1 1 320px' }}>
              {t('intro')}
            </Typography.Text>
            {addButton}
          </Flex>
          <RoundTable
            rounds={rounds.data}
            openRoundId={openRound?.id ?? null}
            onOpen={(round) => open(round.id)}
            onEdit={setEditing}
            onDelete={confirmDelete}
          />
          {openRound && (
            <RoundOverview round={openRound} onEnter={(countyId) => open(openRound.id, countyId)} />
          )}
          {openRound && (
            <RoundExports key={openRound.id} round={openRound} defaultLocale={workshop.language} />
          )}
          {openRound && <RoundGalleryPanel round={openRound} />}
        </>
      )}
      <RoundFormModal
        workshopId={workshop.id}
        editing={editing}
        onClose={() => setEditing(null)}
        onSaved={(round) => open(round.id)}
      />
    </>
  )
}
