import { Table } from 'antd'
import { useMemo } from 'react'
import { countComments } from '../../../shared/comments/comment-counts'
import type { County } from '../../../shared/county/county-schema'
import { commentsDocName } from '../../../shared/live/doc-names'
import { useMessages } from '../i18n/use-messages'
import { useWatchedDocs } from '../session/use-watched-docs'
import { BilingualName } from '../workshop-setup/counties/county-name'
import { consoleReviewMessages } from './console-review-messages'
import { PrintCommentsButton } from './print-comments-button'

/** Per county: comments received, open, resolved — read live from each county's comments. */
export function CommentCountsTable({
  workshopId,
  counties,
  token,
}: {
  workshopId: string
  counties: County[]
  token: string
}) {
  const t = useMessages(consoleReviewMessages)
  const names = useMemo(
    () => Object.fromEntries(counties.map((county) => [county.id, commentsDocName(workshopId, county.id)])),
    [counties, workshopId],
  )
  const views = useWatchedDocs(names, token, countComments)
  return (
    <Table
      size="small"
      pagination={false}
      scroll={{ x: 'max-content' }}
      rowKey="id"
      caption={t('counts.title')}
      dataSource={counties}
      columns={[
        {
          title: t('counts.county'),
          key: 'county',
          render: (_, county) => <BilingualName chinese={county.name} english={county.nameEn} />,
        },
        ...(['received', 'open', 'resolved'] as const).map((key) => ({
          title: t(`counts.${key}`),
          key,
          align: 'right' as const,
          render: (_: unknown, county: County) => views[county.id]?.value[key] ?? 0,
        })),
        {
          title: t('counts.print'),
          key: 'print',
          render: (_, county) => <PrintCommentsButton workshopId={workshopId} county={county} />,
        },
      ]}
    />
  )
}
