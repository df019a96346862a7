import { Button, Col, Row } from 'antd'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { EmptyState } from '../../components/empty-state'
import { NoDataYet } from '../../components/no-data-yet'
import { useSetupContext } from '../setup-context'
import { GroupJoinCard } from './group-join-card'
import { LanPanel } from './lan-panel'
import { useJoinInfo, useLanStatus, usePresence } from './use-join-setup'
import './join-tab.css'

/** "Join": open the session to the venue network and hand each group its code and QR code. */
export function JoinTab() {
  const { t } = useTranslation()
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
      <h2 className="join-tab-heading join-tab-groups-heading">{t('joinTab.groups.heading')}</h2>
      {info.data.groups.length === 0 ? (
        <EmptyState
          title={t('joinTab.groups.empty.title')}
          text={t('joinTab.groups.empty.text')}
          action={
            <Button type="primary" onClick={() => void navigate('../groups')}>
              {t('joinTab.groups.empty.action')}
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
