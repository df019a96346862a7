import { ArrowLeftOutlined, PlayCircleOutlined } from '@ant-design/icons'
import { Button, Grid, Result, Tabs, Typography } from 'antd'
import { Link, Outlet, useLocation, useNavigate, useParams } from 'react-router'
import { HubError } from '../api/hub-error'
import { useDocumentTitle } from '../app/use-document-title'
import { NoDataYet } from '../components/no-data-yet'
import { useFormatters } from '../components/use-formatters'
import { useLanguage } from '../i18n/use-language'
import { workshopTitle, workshopVenue } from '../../../shared/workshop/workshop-texts'
import type { SetupContext } from './setup-context'
import { PresenceSummary } from './join/presence-summary'
import { SETUP_TABS } from './setup-tabs'
import { WrappingTabBar } from '../components/wrapping-tab-bar'
import { useWorkshop } from './use-workshop'
import { ExportWorkshopButton } from '../workshop-file/export-workshop-button'
import { useMessages } from '../i18n/use-messages'
import { consoleMessages } from '../console/console-messages'
import { setupMessages } from './setup-messages'

/** `/workshops/:workshopId/<tab>`: one workshop's setup, one tab per part (SETUP_TABS). */
export function SetupPage() {
  const t = useMessages(setupMessages)
  const tConsole = useMessages(consoleMessages)
  const format = useFormatters()
  const language = useLanguage()
  const navigate = useNavigate()
  const { pathname } = useLocation()
  const { workshopId = '' } = useParams()
  const workshop = useWorkshop(workshopId)
  // Below md the nine tabs do not fit one line: they wrap rather than hide behind antd's "…".
  const narrow = Grid.useBreakpoint().md === false

  const activeTab = SETUP_TABS.find((tab) => pathname.endsWith(`/${tab.path}`))
  const tabLabel = activeTab ? t(activeTab.labelKey) : null
  useDocumentTitle(
    workshop.data && tabLabel
      ? t('pageTitle', { tab: tabLabel, title: workshopTitle(workshop.data, language) })
      : tabLabel,
  )

  if (workshop.data === undefined) {
    if (workshop.error instanceof HubError && workshop.error.status === 404) {
      return (
        <Result
          status="404"
          title={<h1 style={{ fontSize: 24, margin: 0 }}>{t('notFound.title')}</h1>}
          subTitle={t('notFound.text')}
          extra={
            <Button type="primary" onClick={() => navigate('/')}>
              {t('back')}
            </Button>
          }
        />
      )
    }
    return <NoDataYet query={workshop} />
  }

  const context: SetupContext = { workshop: workshop.data }
  // No tab in the address (`/workshops/:id`): the index route redirects to the first tab to show.
  if (!activeTab) return <Outlet context={context} />
  const { startDate, endDate } = workshop.data
  const title = workshopTitle(workshop.data, language)
  const venue = workshopVenue(workshop.data, language)
  return (
    <>
      <Link to="/">
        <ArrowLeftOutlined aria-hidden /> {t('back')}
      </Link>
      <div style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '8px 16px', marginTop: 8 }}>
        <Typography.Title level={1} style={{ fontSize: 24, margin: 0 }}>
          {title}
        </Typography.Title>
        <Button
          type="primary"
          icon={<PlayCircleOutlined aria-hidden />}
          onClick={() => void navigate(`/console/${encodeURIComponent(workshopId)}`)}
        >
          {tConsole('entry')}
        </Button>
        <ExportWorkshopButton workshop={workshop.data} />
      </div>
      <Typography.Text type="secondary">
        {format.dateRange(startDate, endDate)}
        {venue && ` · ${venue}`}
      </Typography.Text>{' '}
      <PresenceSummary workshopId={workshopId} />
      <Tabs
        id="setup-tabs"
        activeKey={activeTab.path}
        onChange={(key) => void navigate(key)}
        style={{ marginTop: 8 }}
        renderTabBar={
          narrow
            ? () => (
                <WrappingTabBar
                  id="setup-tabs"
                  label={t('tabs.label')}
                  activeKey={activeTab.path}
                  tabs={SETUP_TABS.map((tab) => ({ key: tab.path, label: t(tab.labelKey) }))}
                  onSelect={(key) => void navigate(key)}
                />
              )
            : undefined
        }
        items={SETUP_TABS.map((tab) => ({
          key: tab.path,
          label: t(tab.labelKey),
          children: tab === activeTab ? <Outlet context={context} /> : null,
        }))}
      />
    </>
  )
}
