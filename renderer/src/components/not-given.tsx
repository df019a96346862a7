import { useMessages } from '../i18n/use-messages'
import { commonMessages } from './common-messages'

/** An unknown figure: a dash on screen, words for screen readers. */
export function NotGiven() {
  const t = useMessages(commonMessages)
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="sr-only">{t('notGiven')}</span>
    </>
  )
}
