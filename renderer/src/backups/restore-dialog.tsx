import { Alert, Button, Modal, Spin, Typography } from 'antd'
import type { BackupInfo } from '../../../shared/backups/backup-schema'
import { formatBackupTime } from '../../../shared/backups/backup-time'
import { errorSentence } from '../api/hub-error'
import { useLanguage } from '../i18n/use-language'
import { useMessages } from '../i18n/use-messages'
import { backupsUiMessages } from './backups-ui-messages'
import { useRestoreBackup } from './use-backups'

interface RestoreDialogProps {
  backup: BackupInfo | null
  onClose: () => void
  onRestored: (result: { restored: BackupInfo; keptAs: BackupInfo | null }) => void
}

/**
 * Restoring replaces every workshop, so the dialog says exactly what will happen before it does it, shows
 * that it is running (it cannot be dismissed meanwhile), and says why if it did not happen.
 */
export function RestoreDialog({ backup, onClose, onRestored }: RestoreDialogProps) {
  const t = useMessages(backupsUiMessages)
  const language = useLanguage()
  const restore = useRestoreBackup()
  const time = backup ? formatBackupTime(backup.createdAt, language) : ''
  const running = restore.isPending
  const close = () => {
    if (running) return
    restore.reset()
    onClose()
  }
  const start = () => {
    if (!backup) return
    restore.mutate(backup.name, {
      onSuccess: (result) => {
        restore.reset()
        onRestored(result)
      },
    })
  }

  return (
    <Modal
      open={backup !== null}
      title={t('restore.title', { time })}
      onCancel={close}
      closable={!running}
      maskClosable={false}
      keyboard={!running}
      footer={
        running
          ? null
          : [
              <Button key="cancel" onClick={close} autoFocus>
                {t('cancel')}
              </Button>,
              <Button key="ok" type="primary" danger onClick={start}>
                {t('restore.ok')}
              </Button>,
            ]
      }
    >
      {running ? (
        <div className="backup-progress" role="status">
          <Spin />
          <Typography.Text>{t('restore.running')}</Typography.Text>
        </div>
      ) : (
        <>
          <ol className="backup-restore-steps">
            {(t('restore.what', { time, returnObjects: true }) as unknown as string[]).map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ol>
          {restore.isError && (
            <Alert type="error" showIcon message={errorSentence(restore.error, language)} />
          )}
        </>
      )}
    </Modal>
  )
}
