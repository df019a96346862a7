import { Button, Table, Tag, Typography } from 'antd'
import dayjs from 'dayjs'
import type { County } from '../../../shared/county/county-schema'
import type { FollowUpOverviewLine } from '../../../shared/follow-up/follow-up-progress'
import type { FollowUpRound } from '../../../shared/follow-up/follow-up-round-schema'
import { ISO_DATE_FORMAT } from '../../../shared/validation/iso-date'
import { NoDataYet } from '../components/no-data-yet'
import { useFormatters } from '../components/use-formatters'
import { useLanguage } from '../i18n/use-language'
import { useMessages } from '../i18n/use-messages'
import { bilingual } from '../workshop-setup/counties/county-name'
import { useCounties } from '../workshop-setup/counties/use-counties'
import { followUpMessages } from './follow-up-messages'
import { RoundOpeningSwitch } from './round-opening-switch'
import { useFollowUpOverview } from './use-follow-up'

/** antd's green tag text is too pale on its background for small print (axe: colour contrast). */
const READABLE_GREEN = { color: '#135200' }

interface RoundOverviewProps {
  round: FollowUpRound
  onEnter: (countyId: string) => void
}

/** One line per county for a round: reported or not, indicators met and behind, late actions. */
export function RoundOverview({ round, onEnter }: RoundOverviewProps) {
  const t = useMessages(followUpMessages)
  const format = useFormatters()
  const language = useLanguage()
  const counties = useCounties(round.workshopId)
  const overview = useFollowUpOverview(round.workshopId, round.id)
  if (counties.data === undefined) return <NoDataYet query={counties} />
  if (overview.data === undefined) return <NoDataYet query={overview} />
  const countyName = (county: County | undefined) =>
    county ? bilingual(county.name, county.nameEn, language).primary : ''
  const byId = new Map(counties.data.map((county) => [county.id, county]))

  return (
    <section aria-labelledby="follow-up-overview-title">
      <Typography.Title level={2} id="follow-up-overview-title" style={{ fontSize: 18, marginTop: 24 }}>
        {t('overview.title', { name: round.name })}
      </Typography.Title>
      <RoundOpeningSwitch round={round} />
      {overview.data.length === 0 ? (
        <Typography.Text type="secondary">{t('overview.noCounties')}</Typography.Text>
      ) : (
        <Table<FollowUpOverviewLine>
          rowKey="countyId"
          size="small"
          pagination={false}
          scroll={{ x: 'max-content' }}
          dataSource={overview.data}
          columns={[
            {
              key: 'county',
              title: t('overview.county'),
              render: (_, line) => countyName(byId.get(line.countyId)),
            },
            {
              key: 'report',
              title: t('overview.report'),
              render: (_, { summary }) =>
                summary?.reportedAt ? (
                  <Tag color="green" style={READABLE_GREEN}>
                    {t('overview.reportedOn', {
                      date: format.date(dayjs(summary.reportedAt).format(ISO_DATE_FORMAT)),
                    })}
                  </Tag>
                ) : (
                  <Tag>{t('overview.notReported')}</Tag>
                ),
            },
            {
              key: 'met',
              title: t('overview.met'),
              align: 'end',
              render: (_, { summary }) => summary?.met ?? '–',
            },
            {
              key: 'behind',
              title: t('overview.behind'),
              align: 'end',
              render: (_, { summary }) =>
                summary ? (
                  <span style={summary.behind > 0 ? { color: '#cf1322' } : undefined}>{summary.behind}</span>
                ) : (
                  '–'
                ),
            },
            {
              key: 'late',
              title: t('overview.late'),
              align: 'end',
              render: (_, { summary }) => summary?.actionsLate ?? '–',
            },
            {
              key: 'people',
              title: t('overview.people'),
              align: 'end',
              render: (_, { summary }) => {
                const people = summary?.people
                if (!people || people.toDate === null) return '–'
                const planned = people.planned === null ? '' : ` / ${format.count(people.planned)}`
                return `${format.count(people.toDate)}${planned}`
              },
            },
            {
              key: 'enter',
              title: '',
              render: (_, line) => (
                <Button
                  size="small"
                  aria-label={t('overview.enterNamed', { county: countyName(byId.get(line.countyId)) })}
                  onClick={() => onEnter(line.countyId)}
                >
                  {t('overview.enter')}
                </Button>
              ),
            },
          ]}
        />
      )}
    </section>
  )
}
