import { Button, Space } from 'antd'
import { LazyResult } from '../components/lazy-result'
import { useNavigate } from 'react-router'
import type { JoinResponse } from '../../../shared/join/join-schema'
import { useLanguage } from '../i18n/use-language'
import { bilingual } from '../workshop-setup/counties/county-name'
import { planPath } from './plan-path'
import { useMessages } from '../i18n/use-messages'
import { planMessages } from './plan-messages'

/** A device that has not joined this county's group: how to join, or the way to its own group's plan. */
export function NoAccess({ otherJoin }: { otherJoin: JoinResponse | null }) {
  const t = useMessages(planMessages)
  const language = useLanguage()
  const navigate = useNavigate()
  const own = otherJoin ? bilingual(otherJoin.countyName, otherJoin.countyNameEn, language).primary : null
  return (
    <LazyResult
      status="info"
      title={<h1 style={{ fontSize: 22, margin: 0 }}>{t('noAccess.title')}</h1>}
      subTitle={
        <>
          {t('noAccess.text')}
          {own && (
            <>
              <br />
              {t('noAccess.otherCounty', { county: own })}
            </>
          )}
        </>
      }
      extra={
        <Space wrap>
          {otherJoin && own && (
            <Button onClick={() => void navigate(planPath(otherJoin))}>
              {t('noAccess.goToOwn', { county: own })}
            </Button>
          )}
          <Button type="primary" onClick={() => void navigate('/join')}>
            {t('noAccess.join')}
          </Button>
        </Space>
      }
    />
  )
}
