import { QrcodeOutlined } from '@ant-design/icons'
import { Button, Col, Row } from 'antd'
import { NoDataYet } from '../components/no-data-yet'
import { GroupJoinCard } from '../workshop-setup/join/group-join-card'
import { LanPanel } from '../workshop-setup/join/lan-panel'
import { useJoinInfo, useLanStatus, usePresence } from '../workshop-setup/join/use-join-setup'
import '../workshop-setup/join/join-tab.css'
import type { ConsoleActions } from './use-console-actions'
import { useMessages } from '../i18n/use-messages'
import { consoleMessages } from './console-messages'

/** The join tab's LAN switch and per-group codes, inside the console, and a button to put the codes on the projector. */
export function ConsoleJoinPanel({ workshopId, actions }: { workshopId: string; actions: ConsoleActions }) {
  const t = useMessages(consoleMessages)
  const lan = useLanStatus()
  const info = useJoinInfo(workshopId)
  const presence = usePresence(workshopId)
  if (lan.data === undefined) return <NoDataYet query={lan} />
  if (info.data === undefined) return <NoDataYet query={info} />
  return (
    <>
      <Button
        icon={<QrcodeOutlined aria-hidden />}
        onClick={() => actions.setMode('join')}
        aria-keyshortcuts="J"
        style={{ marginBottom: 16 }}
      >
        {t('join.showOnProjector')}
      </Button>
      <LanPanel workshopId={workshopId} status={lan.data} />
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        {info.data.groups.map((group) => (
          <Col key={group.groupId} xs={24} md={12} xl={8}>
            <GroupJoinCard
              workshopId={workshopId}
              group={group}
              present={presence.data?.counties[group.countyId] ?? []}
            />
          </Col>
        ))}
      </Row>
    </>
  )
}
