import { useEffect } from 'react'
import { useMessages } from '../i18n/use-messages'
import { appMessages } from './app-messages'

/** Sets the window/tab title to "<page> – 规划工坊 Plan Workshop" while the page is shown. */
export function useDocumentTitle(page: string | null): void {
  const t = useMessages(appMessages)
  const app = t('title')
  useEffect(() => {
    document.title = page ? `${page} – ${app}` : app
  }, [page, app])
}
