import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'

/** Sets the window/tab title to "<page> – 规划工坊 Plan Workshop" while the page is shown. */
export function useDocumentTitle(page: string | null): void {
  const { t } = useTranslation()
  const app = t('app.title')
  useEffect(() => {
    document.title = page ? `${page} – ${app}` : app
  }, [page, app])
}
