import { useTranslation } from 'react-i18next'

/** An unknown figure: a dash on screen, words for screen readers. */
export function NotGiven() {
  const { t } = useTranslation()
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="sr-only">{t('common.notGiven')}</span>
    </>
  )
}
