import { Button, List, Tag, Typography } from 'antd'
import { formatBackupTime } from '../../../shared/backups/backup-time'
import type { VersionInfo } from '../../../shared/versions/version-schema'
import { useLanguage } from '../i18n/use-language'
import { useMessages } from '../i18n/use-messages'
import { versionsMessages } from './versions-messages'

interface VersionListProps {
  versions: VersionInfo[] | undefined
  loading: boolean
  onView: (version: VersionInfo) => void
}

/** Each version, newest first: when, why, its label, who edited since the one before, and a way to open it. */
export function VersionList({ versions, loading, onView }: VersionListProps) {
  const t = useMessages(versionsMessages)
  const language = useLanguage()
  const editorsOf = (version: VersionInfo) => {
    const names = [...version.editors, ...(version.facilitatorEdited ? [t('facilitator')] : [])]
    return names.length > 0 ? t('editors', { names: names.join(t('listSeparator')) }) : t('noEditors')
  }
  return (
    <List<VersionInfo>
      className="version-list"
      aria-label={t('listLabel')}
      loading={loading}
      dataSource={versions ?? []}
      locale={{ emptyText: t('empty') }}
      rowKey="id"
      renderItem={(version) => {
        const time = formatBackupTime(version.createdAt, language)
        return (
          <List.Item
            className="version-item"
            actions={[
              <Button key="view" onClick={() => onView(version)} aria-label={t('viewNamed', { time })}>
                {t('view')}
              </Button>,
            ]}
          >
            <div className="version-summary">
              <div className="version-heading">
                <Typography.Text strong>{time}</Typography.Text>
                <Tag>{t(`kind.${version.kind}`)}</Tag>
              </div>
              {version.label && <div className="version-label">{version.label}</div>}
              <Typography.Text type="secondary" className="version-editors">
                {editorsOf(version)}
              </Typography.Text>
            </div>
          </List.Item>
        )
      }}
    />
  )
}
