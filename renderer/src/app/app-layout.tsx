import { GlobalOutlined } from '@ant-design/icons'
import { Layout } from 'antd'
import { Link, Outlet } from 'react-router'
import { lazyComponent } from './lazy-component'
import { LanguageSwitch } from './language-switch'
import { useMessages } from '../i18n/use-messages'
import { appMessages } from './app-messages'

// The facilitator's header tools, fetched only on the facilitator's pages: a group device never shows them.
const HeaderStoreStatus = lazyComponent(
  () => import('../backups/header-store-tools').then((m) => m.HeaderStoreStatus),
  null,
)
const BackupsLink = lazyComponent(
  () => import('../backups/header-store-tools').then((m) => m.BackupsLink),
  null,
)

/**
 * Header (app title, the data's state and backups, language) and the main landmark every screen renders
 * into. On group devices (join, plan) the title is not a link and there are no backups: the facilitator's
 * pages are not theirs to open.
 */
export function AppLayout({ titleLinksHome = true }: { titleLinksHome?: boolean }) {
  const t = useMessages(appMessages)
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <Layout.Header className="app-header">
        {titleLinksHome ? (
          <Link className="app-title" to="/">
            {t('title')}
          </Link>
        ) : (
          <span className="app-title">{t('title')}</span>
        )}
        {titleLinksHome && <HeaderStoreStatus />}
        <span style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
          {titleLinksHome && <BackupsLink />}
          <GlobalOutlined className="app-language-label" aria-hidden />
          <LanguageSwitch />
        </span>
      </Layout.Header>
      {/* antd renders Content as the page's <main> landmark; the skip link lands on it. */}
      <Layout.Content id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </Layout.Content>
    </Layout>
  )
}
