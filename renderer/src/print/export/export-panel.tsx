import { DownloadOutlined, EyeOutlined, StopOutlined } from '@ant-design/icons'
import { useQuery } from '@tanstack/react-query'
import { Alert, Button, Progress, Radio, Space, Table, Tag, Typography } from 'antd'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LOCALES, type Locale } from '../../../../shared/locale/locale'
import { PLAN_STATUS_LABELS } from '../../../../shared/vocabulary/plan-vocabulary'
import type { Workshop } from '../../../../shared/workshop/workshop-schema'
import { hubApi } from '../../api/hub-api'
import { NoDataYet } from '../../components/no-data-yet'
import { useLanguage } from '../../i18n/use-language'
import { exportEntries, type ExportEntry } from './export-items'
import { useExportRun, type EntryState } from './use-export-run'
import './export-panel.css'

const LANGUAGE_NAMES: Record<Locale, string> = { 'zh-CN': '中文', en: 'English' }

function StateText({ state }: { state: EntryState | undefined }) {
  const { t } = useTranslation()
  if (!state) return null
  switch (state.kind) {
    case 'waiting':
      return <Typography.Text type="secondary">{t('print.exportPanel.waiting')}</Typography.Text>
    case 'working':
      return <Typography.Text>{t('print.exportPanel.working')}</Typography.Text>
    case 'done':
      return <Typography.Text className="export-done">{t('print.exportPanel.done')}</Typography.Text>
    case 'failed':
      return (
        <Typography.Text type="danger">
          {t('print.exportPanel.failed', { message: state.message })}
        </Typography.Text>
      )
    case 'cancelled':
      return <Typography.Text type="secondary">{t('print.exportPanel.cancelled')}</Typography.Text>
  }
}

/**
 * The facilitator's PDF export: every county's plan and the summary, each with a preview (the print
 * view in a new tab) and a download; "export all" makes them one after another with a progress bar,
 * reports failures per county without stopping, and can be cancelled.
 */
export function ExportPanel({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation()
  const uiLanguage = useLanguage()
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
            t('print.exportPanel.summary', { lng: locale }),
          )
        : [],
    [data.data, workshop.id, locale, t],
  )
  if (!data.data) return <NoDataYet query={data} />
  if (data.data.counties.length === 0)
    return <Alert type="info" showIcon message={t('print.exportPanel.noCounties')} />

  const finished = Object.values(run.states).filter(
    (state) => state.kind === 'done' || state.kind === 'failed',
  ).length
  const total = Object.keys(run.states).length
  const statusLabel = (entry: ExportEntry) =>
    entry.plan ? PLAN_STATUS_LABELS[entry.plan.info.status][uiLanguage] : '—'

  return (
    <section className="export-panel" aria-labelledby="export-title">
      <Typography.Title level={2} id="export-title" style={{ fontSize: 20 }}>
        {t('print.exportPanel.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('print.exportPanel.intro')}</Typography.Paragraph>
      <Space wrap size={[16, 8]} className="export-panel-controls">
        <span id="export-language">{t('print.exportPanel.language')}</span>
        <Radio.Group
          aria-labelledby="export-language"
          value={locale}
          disabled={run.running}
          onChange={(event) => setLocale(event.target.value as Locale)}
          options={LOCALES.map((value) => ({ value, label: LANGUAGE_NAMES[value] }))}
          optionType="button"
        />
        <Button
          type="primary"
          icon={<DownloadOutlined aria-hidden />}
          disabled={run.running}
          onClick={() => void run.exportAll(entries)}
        >
          {t('print.exportPanel.exportAll')}
        </Button>
        {run.running && (
          <Button icon={<StopOutlined aria-hidden />} onClick={run.cancel}>
            {t('print.exportPanel.cancel')}
          </Button>
        )}
      </Space>
      {total > 1 && (
        <div className="export-panel-progress">
          <Progress
            percent={Math.round((finished / total) * 100)}
            status={run.running ? 'active' : run.outcome?.failed ? 'exception' : 'normal'}
            aria-label={t('print.exportPanel.progress', { done: finished, total })}
          />
          <Typography.Text aria-live="polite">
            {run.outcome
              ? run.outcome.cancelled
                ? t('print.exportPanel.cancelledNote')
                : run.outcome.failed > 0
                  ? t('print.exportPanel.finishedWithErrors', { failed: run.outcome.failed })
                  : t('print.exportPanel.finished', { count: run.outcome.done })
              : t('print.exportPanel.progress', { done: finished, total })}
          </Typography.Text>
        </div>
      )}
      <Table<ExportEntry>
        rowKey="key"
        dataSource={entries}
        pagination={false}
        scroll={{ x: 720 }}
        columns={[
          {
            title: t('print.exportPanel.county'),
            width: 200,
            dataIndex: 'name',
            render: (name: string) => <strong>{name}</strong>,
          },
          {
            title: t('print.exportPanel.plan'),
            render: (_value, entry) => entry.plan?.info.title || '—',
          },
          {
            title: t('print.exportPanel.status'),
            render: (_value, entry) =>
              entry.plan ? (
                <Tag className={`export-status export-status--${entry.plan.info.status}`}>
                  {statusLabel(entry)}
                </Tag>
              ) : null,
          },
          {
            title: t('print.exportPanel.actions'),
            render: (_value, entry) => (
              <Space wrap>
                <Button
                  href={entry.previewPath}
                  target="_blank"
                  rel="noopener"
                  icon={<EyeOutlined aria-hidden />}
                  aria-label={t('print.exportPanel.previewOf', { name: entry.name })}
                >
                  {t('print.exportPanel.preview')}
                </Button>
                <Button
                  icon={<DownloadOutlined aria-hidden />}
                  disabled={run.running}
                  aria-label={t('print.exportPanel.downloadOf', { name: entry.name })}
                  onClick={() => void run.exportOne(entry)}
                >
                  {t('print.exportPanel.download')}
                </Button>
              </Space>
            ),
          },
          {
            title: t('print.exportPanel.result'),
            key: 'state',
            render: (_value, entry) => <StateText state={run.states[entry.key]} />,
          },
        ]}
      />
    </section>
  )
}
