import { Button, Card, Typography } from 'antd'
import { useNavigate } from 'react-router'
import { formatJoinCode } from '../../../../shared/join/join-code'
import type { GroupJoinInfo, PresentDevice } from '../../../../shared/join/join-schema'
import { useLanguage } from '../../i18n/use-language'
import { planPath } from '../../plan/plan-path'
import { bilingual } from '../counties/county-name'
import { PresentDevices } from './present-devices'
import { useMessages } from '../../i18n/use-messages'
import { joinTabMessages } from './join-tab-messages'

interface GroupJoinCardProps {
  workshopId: string
  group: GroupJoinInfo
  present: PresentDevice[]
}

/** One group's way in, big enough to read off the projector: code, QR code, link; and who is in now. */
export function GroupJoinCard({ workshopId, group, present }: GroupJoinCardProps) {
  const t = useMessages(joinTabMessages)
  const language = useLanguage()
  const navigate = useNavigate()
  const { primary, secondary } = bilingual(group.countyName, group.countyNameEn, language)
  const headingId = `join-card-${group.groupId}`
  return (
    <Card
      className="group-join-card"
      aria-labelledby={headingId}
      title={
        <h3 className="group-join-title" id={headingId}>
          <span lang={primary === group.countyName ? 'zh-CN' : 'en'}>{primary}</span>
          {secondary && (
            <span className="group-join-gloss" lang={secondary === group.countyName ? 'zh-CN' : 'en'}>
              {secondary}
            </span>
          )}
        </h3>
      }
    >
      <div className="group-join-body">
        <div className="group-join-code-block">
          <div className="group-join-label">{t('groups.code')}</div>
          <div className="group-join-code" data-testid="join-code">
            {formatJoinCode(group.code)}
          </div>
        </div>
        {group.qrSvg ? (
          <img
            className="group-join-qr"
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(group.qrSvg)}`}
            alt={t('groups.qrAlt', { county: primary })}
            width={152}
            height={152}
          />
        ) : (
          <Typography.Text type="secondary" className="group-join-qr-closed">
            {t('groups.qrClosed')}
          </Typography.Text>
        )}
      </div>
      {group.joinUrl && (
        <div className="group-join-link">
          <div className="group-join-label">{t('groups.url')}</div>
          <Typography.Text copyable className="group-join-url" data-testid="join-url">
            {group.joinUrl}
          </Typography.Text>
        </div>
      )}
      <PresentDevices devices={present} />
      <Button
        style={{ marginTop: 12 }}
        onClick={() => void navigate(planPath({ workshopId, countyId: group.countyId }))}
      >
        {t('groups.openPlan')}
      </Button>
    </Card>
  )
}
