import { Alert, Button, Modal } from 'antd'
import { formatBackupTime } from '../../../shared/backups/backup-time'
import type { VersionInfo } from '../../../shared/versions/version-schema'
import { errorSentence } from '../api/hub-error'
import { useLanguage } from '../i18n/use-language'
import { useMessages } from '../i18n/use-messages'
import { useRestoreVersion, type PlanRef } from './use-plan-versions'
import { versionsMessages } from './versions-messages'

interface RestoreVersionDialogProps {
  plan: PlanRef
  version: VersionInfo | null
  onClose: () => void
  onRestored: () => void
}

/** Says what a restore does before doing it (the current state is kept first), and why if it failed. */
export function RestoreVersionDialog({ plan, version, onClose, onRestored }: RestoreVersionDialogProps) {
  const t = useMessages(versionsMessages)
  const language = useLanguage()
  const restore = useRestoreVersion(plan)
  const time = version ? formatBackupTime(version.createdAt, language) : ''
  const close = () => {
    if (restore.isPending) return
    restore.reset()
    onClose()
  }
  return (
    <Modal
      open={version !== null}
      title={t('restore.title', { time })}
      onCancel={close}
      maskClosable={false}
      footer={[
        <Button key="cancel" onClick={close} autoFocus disabled={restore.isPending}>
          {t('restore.cancel')}
        </Button>,
        <Button
          key="ok"
          type="primary"
          danger
          loading={restore.isPending}
          onClick={() =>
            version &&
            restore.mutate(version.id, {
              onSuccess: () => {
                restore.reset()
                onRestored()
              },
            })
          }
        >
          {t('restore.ok')}
        </Button>,
      ]}
    >
      <ol className="version-restore-steps">
        {(t('restore.what', { time, returnObjects: true }) as unknown as string[]).map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      {restore.isError && <Alert type="error" showIcon title={errorSentence(restore.error, language)} />}
    </Modal>
  )
}
