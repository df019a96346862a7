import { CloudDownloadOutlined } from '@ant-design/icons'
import { Alert, App, Button, Flex, Typography } from 'antd'
import { useState } from 'react'
import type { BackupInfo } from '../../../shared/backups/backup-schema'
import { formatBackupTime } from '../../../shared/backups/backup-time'
import { errorSentence } from '../api/hub-error'
import { useDocumentTitle } from '../app/use-document-title'
import { NoDataYet } from '../components/no-data-yet'
import { useLanguage } from '../i18n/use-language'
import { useMessages } from '../i18n/use-messages'
import { BackupTable } from './backup-table'
import { backupsUiMessages } from './backups-ui-messages'
import { RestoreDialog } from './restore-dialog'
import { useBackups, useCreateBackup, useStoreStatus } from './use-backups'
import './backups.css'

/** The facilitator's backups (/backups): what there is, a backup now, and restoring one. */
export function BackupsPage() {
  const t = useMessages(backupsUiMessages)
  useDocumentTitle(t('page.title'))
  const language = useLanguage()
  const { message } = App.useApp()
  const backups = useBackups()
  const status = useStoreStatus()
  const create = useCreateBackup()
  const [restoring, setRestoring] = useState<BackupInfo | null>(null)
  const time = (backup: BackupInfo) => formatBackupTime(backup.createdAt, language)

  const backUpNow = () =>
    create.mutate(undefined, {
      onSuccess: (backup) => void message.success(t('page.created', { time: time(backup) })),
      onError: (error) => void message.error(errorSentence(error, language)),
    })
  const problem = status.data?.backupProblem

  return (
    <>
      <Flex justify="space-between" align="flex-start" wrap gap={16} className="backups-heading">
        <div className="backups-intro">
          <Typography.Title level={1} style={{ fontSize: 26, margin: 0 }}>
            {t('page.title')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('page.intro')}</Typography.Paragraph>
        </div>
        <Button
          type="primary"
          icon={<CloudDownloadOutlined aria-hidden />}
          loading={create.isPending}
          onClick={backUpNow}
        >
          {create.isPending ? t('page.creating') : t('page.create')}
        </Button>
      </Flex>
      {problem && (
        <Alert className="backups-alert" type="warning" showIcon message={t(`page.lastProblem.${problem}`)} />
      )}
      {backups.data === undefined ? (
        <NoDataYet query={backups} />
      ) : (
        <BackupTable backups={backups.data} onRestore={setRestoring} busy={restoring !== null} />
      )}
      <RestoreDialog
        backup={restoring}
        onClose={() => setRestoring(null)}
        onRestored={({ restored, keptAs }) => {
          setRestoring(null)
          void message.success(
            keptAs
              ? t('restore.done', { time: time(restored), kept: time(keptAs) })
              : t('restore.doneNoKept', { time: time(restored) }),
            8,
          )
        }}
      />
    </>
  )
}
