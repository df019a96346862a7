import { DeleteOutlined } from '@ant-design/icons'
import { App, Button, Spin, Table } from 'antd'
import { Link } from 'react-router'
import type { WorkshopSummary } from '../../../shared/workshop/workshop-schema'
import { workshopTitle, workshopVenue } from '../../../shared/workshop/workshop-texts'
import { isPending } from '../api/pending-id'
import { NotGiven } from '../components/not-given'
import { useFormatters } from '../components/use-formatters'
import { useLanguage } from '../i18n/use-language'
import { useDeleteWorkshop } from './use-workshops'
import { useMessages } from '../i18n/use-messages'
import { commonMessages } from '../components/common-messages'
import { homeMessages } from './home-messages'

/** The workshops on this laptop: open one by its title, or delete it after a confirmation. */
export function WorkshopTable({ workshops }: { workshops: WorkshopSummary[] }) {
  const t = useMessages(homeMessages)
  const tCommon = useMessages(commonMessages)
  const { modal, message } = App.useApp()
  const format = useFormatters()
  const language = useLanguage()
  const remove = useDeleteWorkshop()
  const titleOf = (workshop: WorkshopSummary) => workshopTitle(workshop, language)

  const confirmDelete = (workshop: WorkshopSummary) => {
    modal.confirm({
      title: t('delete.title', { title: titleOf(workshop) }),
      content: t('delete.content'),
      okText: t('delete.ok'),
      okButtonProps: { danger: true },
      cancelText: tCommon('cancel'),
      // Focus lands on Cancel: a stray Enter must not delete a whole class.
      autoFocusButton: 'cancel',
      onOk: () =>
        remove.mutate(workshop, {
          onSuccess: () => void message.success(t('deleted', { title: titleOf(workshop) })),
        }),
    })
  }

  return (
    <Table<WorkshopSummary>
      rowKey="id"
      dataSource={workshops}
      pagination={false}
      scroll={{ x: 900 }}
      columns={[
        {
          key: 'title',
          title: t('columns.title'),
          render: (_, workshop) =>
            isPending(workshop.id) ? (
              <span>
                <Spin size="small" /> {titleOf(workshop)}
              </span>
            ) : (
              <Link
                to={`/workshops/${workshop.id}`}
                aria-label={t('openNamed', { title: titleOf(workshop) })}
              >
                {titleOf(workshop)}
              </Link>
            ),
        },
        {
          key: 'dates',
          title: t('columns.dates'),
          width: 260,
          render: (_, workshop) => format.dateRange(workshop.startDate, workshop.endDate),
        },
        {
          key: 'venue',
          title: t('columns.venue'),
          width: 180,
          render: (_, workshop) => workshopVenue(workshop, language) || <NotGiven />,
        },
        {
          key: 'counties',
          title: t('columns.counties'),
          width: 110,
          align: 'right',
          render: (_, workshop) => <span className="figure">{format.count(workshop.countyCount)}</span>,
        },
        {
          key: 'groups',
          title: t('columns.groups'),
          width: 100,
          align: 'right',
          render: (_, workshop) => <span className="figure">{format.count(workshop.groupCount)}</span>,
        },
        {
          key: 'actions',
          title: tCommon('actions'),
          width: 130,
          render: (_, workshop) => (
            <Button
              danger
              icon={<DeleteOutlined aria-hidden />}
              disabled={isPending(workshop.id)}
              aria-label={t('deleteNamed', { title: titleOf(workshop) })}
              onClick={() => confirmDelete(workshop)}
            >
              {tCommon('delete')}
            </Button>
          ),
        },
      ]}
    />
  )
}
