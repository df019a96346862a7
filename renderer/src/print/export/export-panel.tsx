import { DownloadOutlined, EyeOutlined, StopOutlined } from '@ant-design/icons'
import { useQuery } from '@tanstack/react-query'
import { Alert, Button, Progress, Space, Table, Tag, Typography } from 'antd'
import { ExportLanguageChoice } from './export-language-choice'
import { useMemo, useState } from 'react'
import type { Locale } from '../../../../shared/locale/locale'
import { vocabularyMessages } from '../../../../shared/vocabulary/vocabulary-messages'
import type { Workshop } from '../../../../shared/workshop/workshop-schema'
import { hubApi } from '../../api/hub-api'
import { NoDataYet } from '../../components/no-data-yet'
import { exportEntries, type ExportEntry } from './export-items'
import { useExportRun, type EntryState } from './use-export-run'
import './export-panel.css'
import { useMessages } from '../../i18n/use-messages'
import { exportTabMessages } from './export-tab-messages'
import { TableDownloads } from './table-downloads'
import { tableDownloadsMessages } from './table-downloads-messages'

function StateText({ state }: { state: EntryState | undefined }) {
  const t = useMessages(exportTabMessages)
  if (!state) return null
  switch (state.kind) {
    case 'waiting':
      return <Typography.Text type="secondary">{t('waiting')}</Typography.Text>
    case 'working':
      return <Typography.Text>{t('working')}</Typography.Text>
    case 'done':
      return <Typography.Text className="export-done">{t('done')}</Typography.Text>
    case 'failed':
      return <Typography.Text type="danger">{t('failed', { message: state.message })}</Typography.Text>
    case 'cancelled':
      return <Typography.Text type="secondary">{t('cancelled')}</Typography.Text>
  }
}

/**
 * The facilitator's PDF export: every county's plan and the summary, each with a preview (the print
 * view in a new tab) and a download; "export all" makes them one after another with a progress bar,
 * reports failures per county without stopping, and can be cancelled.
 */
export function ExportPanel({ workshop }: { workshop: Workshop }) {
  const t = useMessages(exportTabMessages)
  const tables = useMessages(tableDownloadsMessages)
  const vocabulary = useMessages(vocabularyMessages)
  const [locale, setLocale] = useState<Locale>(workshop.language)
  const data = useQuery({
    queryKey: ['export', workshop.id],
    queryFn: async () => {
      const [counties, plans] = await Promise.all([
        hubApi.call('listCounties', { params: { workshopId: workshop.id } }),
        hubApi.call('listPlans', { params: { workshopId: workshop.id } }),
      ])
      return { counties, plans }
    },
  })
  const run = useExportRun()
  const entries = useMemo(
    () =>
      data.data
        ? exportEntries(
            workshop.id,
            data.data.counties,
            data.data.plans,
            locale,
            t('summary', { lng: locale }),
          )
        : [],
    [data.data, workshop.id, locale, t],
  )
  if (!data.data) return <NoDataYet query={data} />
  if (data.data.counties.length === 0) return <Alert type="info" showIcon message={t('noCounties')} />

  const finished = Object.values(run.states).filter(
    (state) => state.kind === 'done' || state.kind === 'failed',
  ).length
  const total = Object.keys(run.states).length
  const statusLabel = (entry: ExportEntry) =>
    entry.plan ? vocabulary(`planStatuses.${entry.plan.info.status}`) : '—'

  return (
    <section className="export-panel" aria-labelledby="export-title">
      <Typography.Title level={2} id="export-title" style={{ fontSize: 20 }}>
        {t('title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">{tables('intro')}</Typography.Paragraph>
      <Space wrap size={[16, 8]} className="export-panel-controls">
        <span id="export-language">{t('language')}</span>
        <ExportLanguageChoice
          labelledBy="export-language"
          value={locale}
          disabled={run.running}
          onChange={setLocale}
        />
        <Button
          type="primary"
          icon={<DownloadOutlined aria-hidden />}
          disabled={run.running}
          onClick={() => void run.exportAll(entries)}
        >
          {t('exportAll')}
        </Button>
        {run.running && (
          <Button icon={<StopOutlined aria-hidden />} onClick={run.cancel}>
            {t('cancel')}
          </Button>
        )}
      </Space>
      {total > 1 && (
        <div className="export-panel-progress">
          <Progress
            percent={Math.round((finished / total) * 100)}
            status={run.running ? 'active' : run.outcome?.failed ? 'exception' : 'normal'}
            aria-label={t('progress', { done: finished, total })}
          />
          <Typography.Text aria-live="polite">
            {run.outcome
              ? run.outcome.cancelled
                ? t('cancelledNote')
                : run.outcome.failed > 0
                  ? t('finishedWithErrors', { failed: run.outcome.failed })
                  : t('finished', { count: run.outcome.done })
              : t('progress', { done: finished, total })}
          </Typography.Text>
        </div>
      )}
      <Table<ExportEntry>
        rowKey="key"
        dataSource={entries}
        pagination={false}
        scroll={{ x: 1150 }}
        columns={[
          {
            title: t('county'),
            width: 200,
            dataIndex: 'name',
            render: (name: string) => <strong>{name}</strong>,
          },
          {
            title: t('plan'),
            render: (_value, entry) => entry.plan?.info.title || '—',
          },
          {
            title: t('status'),
            render: (_value, entry) =>
              entry.plan ? (
                <Tag className={`export-status export-status--${entry.plan.info.status}`}>
                  {statusLabel(entry)}
                </Tag>
              ) : null,
          },
          {
            title: t('actions'),
            render: (_value, entry) => (
              <Space wrap>
                <Button
                  href={entry.previewPath}
                  target="_blank"
                  rel="noopener"
                  icon={<EyeOutlined aria-hidden />}
                  aria-label={t('previewOf', { name: entry.name })}
                >
                  {t('preview')}
                </Button>
                <Button
                  icon={<DownloadOutlined aria-hidden />}
                  disabled={run.running}
                  aria-label={t('downloadOf', { name: entry.name })}
                  onClick={() => void run.exportOne(entry)}
                >
                  {t('download')}
                </Button>
              </Space>
            ),
          },
          {
            title: tables('column'),
            key: 'tables',
            width: 370,
            render: (_value, entry) =>
              entry.county ? (
                <TableDownloads workshopId={workshop.id} county={entry.county} locale={locale} />
              ) : null,
          },
          {
            title: t('result'),
            key: 'state',
            width: 120,
            render: (_value, entry) => <StateText state={run.states[entry.key]} />,
          },
        ]}
      />
    </section>
  )
}
