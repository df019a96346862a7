import { CheckCircleFilled } from '@ant-design/icons'
import { Button, Grid, Table } from 'antd'
import type { BackupInfo } from '../../../shared/backups/backup-schema'
import { formatBackupTime } from '../../../shared/backups/backup-time'
import { formatCount } from '../components/format'
import { useLanguage } from '../i18n/use-language'
import { useMessages } from '../i18n/use-messages'
import { backupsUiMessages } from './backups-ui-messages'

interface BackupTableProps {
  backups: BackupInfo[]
  onRestore?: (backup: BackupInfo) => void
  /** While a restore runs, no other may start. */
  busy?: boolean
}

/** Every backup, newest first: when, why, how big, checked, and a way to restore it. */
export function BackupTable({ backups, onRestore, busy = false }: BackupTableProps) {
  const t = useMessages(backupsUiMessages)
  const language = useLanguage()
  // On a phone, reason and check go under the time, so that the restore button stays in view.
  const narrow = Grid.useBreakpoint().sm === false
  const time = (backup: BackupInfo) => formatBackupTime(backup.createdAt, language)
  const reason = (backup: BackupInfo) => <span className="backup-reason">{t(`reason.${backup.reason}`)}</span>
  const checked = (backup: BackupInfo) =>
    backup.checked ? (
      <span className="backup-checked">
        <CheckCircleFilled aria-hidden /> {t('checkedOk')}
      </span>
    ) : null
  return (
    <Table<BackupInfo>
      rowKey="name"
      dataSource={backups}
      pagination={false}
      size={narrow ? 'small' : undefined}
      scroll={narrow ? undefined : { x: 640 }}
      locale={{ emptyText: t('page.empty') }}
      columns={[
        {
          key: 'time',
          title: t('columns.time'),
          render: (_, backup) =>
            narrow ? (
              <div className="backup-when">
                <span>{time(backup)}</span>
                <span className="backup-when-details">
                  {reason(backup)} {checked(backup)}
                </span>
              </div>
            ) : (
              time(backup)
            ),
        },
        ...(narrow ? [] : [{ key: 'reason', title: t('columns.reason'), render: reason }]),
        {
          key: 'size',
          title: t('columns.size'),
          align: 'right',
          width: narrow ? 76 : 110,
          render: (_, backup) => (
            <span className="figure">
              {t('size', { size: formatCount(Math.max(1, Math.round(backup.sizeBytes / 1024)), language) })}
            </span>
          ),
        },
        ...(narrow ? [] : [{ key: 'checked', title: t('columns.checked'), width: 150, render: checked }]),
        ...(onRestore
          ? [
              {
                key: 'actions',
                title: t('columns.actions'),
                width: narrow ? 96 : 120,
                render: (_: unknown, backup: BackupInfo) => (
                  <Button
                    onClick={() => onRestore(backup)}
                    disabled={busy}
                    aria-label={t('restore.buttonNamed', { time: time(backup) })}
                  >
                    {t('restore.button')}
                  </Button>
                ),
              },
            ]
          : []),
      ]}
    />
  )
}
