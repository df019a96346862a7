import { Alert, Button, Drawer, Form, Grid, Input, Typography } from 'antd'
import { useState } from 'react'
import { formatBackupTime } from '../../../shared/backups/backup-time'
import { MAX_VERSION_LABEL, type VersionInfo } from '../../../shared/versions/version-schema'
import { errorSentence } from '../api/hub-error'
import { LoadError } from '../components/load-error'
import { useLanguage } from '../i18n/use-language'
import { useMessages } from '../i18n/use-messages'
import type { PlanCounty } from '../plan/use-plan-access'
import { bilingual } from '../workshop-setup/counties/county-name'
import { usePlanVersions, useSaveVersion, type PlanRef } from './use-plan-versions'
import { VersionList } from './version-list'
import { VersionPreview } from './version-preview'
import { versionsMessages } from './versions-messages'
import './versions.css'

interface VersionsDrawerProps {
  plan: PlanRef
  county: PlanCounty
  onClose: () => void
}

/** A plan's versions: save one with a label, and the list, each to look at, compare and restore. */
export function VersionsDrawer({ plan, county, onClose }: VersionsDrawerProps) {
  const t = useMessages(versionsMessages)
  const language = useLanguage()
  const narrow = Grid.useBreakpoint().md === false
  const versions = usePlanVersions(plan, true)
  const save = useSaveVersion(plan)
  const [label, setLabel] = useState('')
  const [viewing, setViewing] = useState<VersionInfo | null>(null)
  const [notice, setNotice] = useState<string | null>(null)

  const submit = () =>
    save.mutate(label, {
      onSuccess: () => {
        setLabel('')
        setNotice(t('save.saved'))
      },
    })

  return (
    <Drawer
      open
      onClose={onClose}
      title={t('title', { county: bilingual(county.name, county.nameEn, language).primary })}
      size={narrow ? '100%' : 560}
      className="versions-drawer"
    >
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      <Form layout="vertical" onFinish={submit} className="versions-save">
        <Form.Item label={t('save.label')} htmlFor="version-label">
          <div className="versions-save-row">
            <Input
              id="version-label"
              value={label}
              maxLength={MAX_VERSION_LABEL}
              placeholder={t('save.placeholder')}
              onChange={(event) => setLabel(event.target.value)}
            />
            <Button type="primary" htmlType="submit" loading={save.isPending}>
              {t('save.button')}
            </Button>
          </div>
        </Form.Item>
      </Form>
      <div aria-live="polite">
        {save.isError && <Alert type="error" showIcon title={errorSentence(save.error, language)} />}
        {notice && !save.isError && <Alert type="success" showIcon title={notice} closable />}
      </div>
      {versions.isError ? (
        <LoadError error={versions.error} onRetry={() => void versions.refetch()} />
      ) : (
        <VersionList versions={versions.data} loading={versions.isPending} onView={setViewing} />
      )}
      {viewing && (
        <VersionPreview
          plan={plan}
          version={viewing}
          onClose={() => setViewing(null)}
          onRestored={(restored) => {
            setViewing(null)
            setNotice(t('restore.done', { time: formatBackupTime(restored.createdAt, language) }))
          }}
        />
      )}
    </Drawer>
  )
}
