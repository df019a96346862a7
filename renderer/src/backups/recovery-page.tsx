import { Alert, App, Button, Flex, Spin, Typography } from 'antd'
import { useState } from 'react'
import { Navigate } from 'react-router'
import type { BackupInfo } from '../../../shared/backups/backup-schema'
import { formatBackupTime } from '../../../shared/backups/backup-time'
import { storeRecoveryMessages } from '../../../shared/backups/store-recovery-messages'
import { errorSentence } from '../api/hub-error'
import { useDocumentTitle } from '../app/use-document-title'
import { NoDataYet } from '../components/no-data-yet'
import { useLanguage } from '../i18n/use-language'
import { useMessages } from '../i18n/use-messages'
import { BackupTable } from './backup-table'
import { backupsUiMessages } from './backups-ui-messages'
import { useBackups, useRestoreBackup, useStartEmpty, useStoreStatus } from './use-backups'
import { whenHubRunsAgain } from './when-hub-runs-again'
import './backups.css'

/**
 * The screen of a hub that started without a usable database (/recovery): what happened, where the
 * files went, and the ways forward: the newest good backup, another one, or an empty database.
 */
export function RecoveryPage() {
  const t = useMessages(backupsUiMessages)
  const say = useMessages(storeRecoveryMessages)
  useDocumentTitle(t('recovery.title'))
  const language = useLanguage()
  const { modal } = App.useApp()
  const status = useStoreStatus()
  const backups = useBackups()
  const restore = useRestoreBackup()
  const startEmpty = useStartEmpty()
  const [starting, setStarting] = useState(false)
  const report = status.data?.recovery

  const resume = () => {
    setStarting(true)
    void whenHubRunsAgain().then(() => window.location.assign('/'))
  }
  const restoreBackup = (backup: BackupInfo) => restore.mutate(backup.name, { onSuccess: resume })
  const confirmEmpty = () =>
    modal.confirm({
      title: t('recovery.startEmptyTitle'),
      content: t('recovery.startEmptyText'),
      okText: t('recovery.startEmpty'),
      okButtonProps: { danger: true },
      cancelText: t('cancel'),
      autoFocusButton: 'cancel',
      onOk: () => startEmpty.mutate(undefined, { onSuccess: resume }),
    })

  if (starting || restore.isPending || startEmpty.isPending) {
    return (
      <Flex className="backup-progress" role="status" gap={12}>
        <Spin />
        <Typography.Text>{starting ? t('recovery.starting') : t('restore.running')}</Typography.Text>
      </Flex>
    )
  }
  if (status.data && status.data.state !== 'recovery') return <Navigate to="/" replace />
  if (!report) return <NoDataYet query={status} />
  const newest = report.newestGoodBackup
  const failure = restore.error ?? startEmpty.error

  return (
    <div className="recovery-facts">
      <Typography.Title level={1} style={{ fontSize: 26 }}>
        {t('recovery.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('recovery.intro')}</Typography.Paragraph>
      <Alert
        type="error"
        showIcon
        message={say(`damage.${report.problem}`, { path: report.databasePath })}
        description={say('quarantined', { dir: report.quarantineDir })}
      />
      {failure && (
        <Alert type="error" showIcon message={errorSentence(failure, language)} style={{ marginTop: 16 }} />
      )}
      <Typography.Paragraph style={{ marginTop: 16 }}>
        {newest
          ? say('newestBackup', { time: formatBackupTime(newest.createdAt, language), name: newest.name })
          : say('noBackup', { dir: report.backupsDir })}
      </Typography.Paragraph>
      <Flex wrap gap={12}>
        {newest && (
          <Button type="primary" onClick={() => restoreBackup(newest)}>
            {t('recovery.restoreNewest')}
          </Button>
        )}
        <Button danger onClick={confirmEmpty}>
          {t('recovery.startEmpty')}
        </Button>
      </Flex>
      <Typography.Title level={2} style={{ fontSize: 18, marginTop: 32 }}>
        {t('recovery.otherBackups')}
      </Typography.Title>
      {backups.data === undefined ? (
        <NoDataYet query={backups} />
      ) : (
        <BackupTable backups={backups.data} onRestore={restoreBackup} />
      )}
    </div>
  )
}
