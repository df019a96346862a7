import { EyeOutlined } from '@ant-design/icons'
import { Alert, Button, Grid, Modal, Skeleton, Typography } from 'antd'
import { useState } from 'react'
import { formatBackupTime } from '../../../shared/backups/backup-time'
import { countyPrintPath } from '../../../shared/export/print-paths'
import type { VersionInfo } from '../../../shared/versions/version-schema'
import { errorSentence } from '../api/hub-error'
import { useLanguage } from '../i18n/use-language'
import { useMessages } from '../i18n/use-messages'
import { RestoreVersionDialog } from './restore-version-dialog'
import { usePlanVersion, type PlanRef } from './use-plan-versions'
import { VersionChanges } from './version-changes'
import { versionsMessages } from './versions-messages'

interface VersionPreviewProps {
  plan: PlanRef
  version: VersionInfo
  onClose: () => void
  onRestored: (restored: VersionInfo) => void
}

/**
 * One version: what changed from it to now, per exercise, the plan as it was (drawn read-only by the
 * print view, the same document the PDF shows), and the way to restore it.
 */
export function VersionPreview({ plan, version, onClose, onRestored }: VersionPreviewProps) {
  const t = useMessages(versionsMessages)
  const language = useLanguage()
  const narrow = Grid.useBreakpoint().md === false
  const preview = usePlanVersion(plan, version.id)
  const [confirming, setConfirming] = useState(false)
  const time = formatBackupTime(version.createdAt, language)
  const documentPath = countyPrintPath(plan.workshopId, plan.countyId, {
    lang: language,
    exportedAt: version.createdAt,
    version: version.id,
  })

  return (
    <Modal
      open
      title={t('preview.title', { time })}
      onCancel={onClose}
      width={narrow ? '100%' : 980}
      className="version-preview"
      footer={[
        <Button key="close" onClick={onClose}>
          {t('preview.close')}
        </Button>,
        <Button key="restore" type="primary" danger onClick={() => setConfirming(true)}>
          {t('restore.button')}
        </Button>,
      ]}
    >
      {version.label && <Typography.Paragraph strong>{version.label}</Typography.Paragraph>}
      <Typography.Title level={2} className="version-section-title">
        {t('preview.changes')}
      </Typography.Title>
      {preview.isError && <Alert type="error" showIcon title={errorSentence(preview.error, language)} />}
      {preview.isPending ? (
        <Skeleton active aria-label={t('preview.loading')} />
      ) : (
        preview.data && <VersionChanges changes={preview.data.changes} />
      )}
      <Typography.Paragraph className="version-document">
        {/* The print view draws the version read-only, as the export tab previews a plan: in its own tab. */}
        <Button
          href={documentPath}
          target="_blank"
          rel="noopener"
          icon={<EyeOutlined aria-hidden />}
          aria-label={t('preview.documentNamed', { time })}
        >
          {t('preview.document')}
        </Button>
      </Typography.Paragraph>
      <RestoreVersionDialog
        plan={plan}
        version={confirming ? version : null}
        onClose={() => setConfirming(false)}
        onRestored={() => {
          setConfirming(false)
          onRestored(version)
        }}
      />
    </Modal>
  )
}
