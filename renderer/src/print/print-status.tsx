import { HubError } from '../api/hub-error'
import { usePrint } from './print-context'
import { usePrintReady } from './use-print-ready'

/**
 * Shown while the data loads, or instead of the document when it cannot be printed. An error is also
 * signalled to the printer with its sentence, so an export fails at once and says why.
 */
export function PrintStatus({
  error,
  notFoundKey,
}: {
  error: Error | null
  notFoundKey: 'countyMissing' | 'failed'
}) {
  const { t } = usePrint()
  const message =
    error === null
      ? null
      : error instanceof HubError && error.status === 404 && notFoundKey === 'countyMissing'
        ? t('countyMissing')
        : t('failed', { message: error.message })
  usePrintReady(false, message)
  return (
    <main className="print-status" role={message ? 'alert' : 'status'}>
      {message ?? t('preparing')}
    </main>
  )
}
