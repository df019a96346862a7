import { CheckCircleFilled } from '@ant-design/icons'
import { Button, Table } from 'antd'
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
  const time = (backup: BackupInfo) => formatBackupTime(backup.createdAt, language)
  return (
    <Table<BackupInfo>
      rowKey="name"
      dataSource={backups}
      pagination={false}
      scroll={{ x: 640 }}
      locale={{ emptyText: t('page.empty') }}
      columns={[
        { key: 'time', title: t('columns.time'), render: (_, backup) => time(backup) },
        { key: 'reason', title: t('columns.reason'), render: (_, backup) => t(`reason.${backup.reason}`) },
        {
          key: 'size',
          title: t('columns.size'),
          align: 'right',
          width: 110,
          render: (_, backup) => (
            <span className="figure">
              {t('size', { size: formatCount(Math.max(1, Math.round(backup.sizeBytes / 1024)), language) })}
            </span>
          ),
        },
        {
          key: 'checked',
          title: t('columns.checked'),
          width: 150,
          render: (_, backup) =>
            backup.checked ? (
              <span className="backup-checked">
                <CheckCircleFilled aria-hidden /> {t('checkedOk')}
              </span>
            ) : null,
        },
        ...(onRestore
          ? [
              {
                key: 'actions',
                title: t('columns.actions'),
                width: 120,
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
