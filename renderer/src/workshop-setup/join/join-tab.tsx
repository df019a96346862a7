import { Button, Col, Row } from 'antd'
import { useNavigate } from 'react-router'
import { EmptyState } from '../../components/empty-state'
import { NoDataYet } from '../../components/no-data-yet'
import { useSetupContext } from '../setup-context'
import { GroupJoinCard } from './group-join-card'
import { LanPanel } from './lan-panel'
import { useJoinInfo, useLanStatus, usePresence } from './use-join-setup'
import './join-tab.css'
import { useMessages } from '../../i18n/use-messages'
import { joinTabMessages } from './join-tab-messages'

/** "Join": open the session to the venue network and hand each group its code and QR code. */
export function JoinTab() {
  const t = useMessages(joinTabMessages)
  const navigate = useNavigate()
  const { workshop } = useSetupContext()
  const lan = useLanStatus()
  const info = useJoinInfo(workshop.id)
  const presence = usePresence(workshop.id)

  if (lan.data === undefined) return <NoDataYet query={lan} />
  if (info.data === undefined) return <NoDataYet query={info} />

  return (
    <>
      <LanPanel workshopId={workshop.id} status={lan.data} />
      <h2 className="join-tab-heading join-tab-groups-heading">{t('groups.heading')}</h2>
      {info.data.groups.length === 0 ? (
        <EmptyState
          title={t('groups.empty.title')}
          text={t('groups.empty.text')}
          action={
            <Button type="primary" onClick={() => void navigate('../groups')}>
              {t('groups.empty.action')}
            </Button>
          }
        />
      ) : (
        <Row gutter={[16, 16]}>
          {info.data.groups.map((group) => (
            <Col key={group.groupId} xs={24} md={12} xl={8}>
              <GroupJoinCard
                workshopId={workshop.id}
                group={group}
                present={presence.data?.counties[group.countyId] ?? []}
              />
            </Col>
          ))}
        </Row>
      )}
    </>
  )
}
