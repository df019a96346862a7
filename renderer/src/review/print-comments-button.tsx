import { PrinterOutlined } from '@ant-design/icons'
import { App, Button } from 'antd'
import { useState } from 'react'
import type { County } from '../../../shared/county/county-schema'
import { countyCommentsFileStem } from '../../../shared/export/county-names'
import { safeFileName } from '../../../shared/export/safe-file-name'
import { hubApi } from '../api/hub-api'
import { errorSentence } from '../api/hub-error'
import { useLanguage } from '../i18n/use-language'
import { useMessages } from '../i18n/use-messages'
import { saveFile } from '../print/export/save-file'
import { consoleReviewMessages } from './console-review-messages'

/** Prints a county's open comments as a PDF of their own, through the hub's print pipeline. */
export function PrintCommentsButton({ workshopId, county }: { workshopId: string; county: County }) {
  const t = useMessages(consoleReviewMessages)
  const language = useLanguage()
  const [busy, setBusy] = useState(false)
  const { message } = App.useApp()
  const label = t('counts.printFor', {
    county: language === 'en' && county.nameEn ? county.nameEn : county.name,
  })
  const print = async () => {
    setBusy(true)
    try {
      const pdf = await hubApi.call('commentsPdf', {
        params: { workshopId, countyId: county.id },
        query: { lang: language },
      })
      saveFile(pdf, safeFileName(countyCommentsFileStem(county, language), 'pdf', `comments-${county.id}`))
    } catch (error) {
      void message.error(errorSentence(error, language))
    } finally {
      setBusy(false)
    }
  }
  return (
    <Button
      size="small"
      icon={<PrinterOutlined aria-hidden />}
      loading={busy}
      onClick={() => void print()}
      aria-label={label}
      title={label}
    />
  )
}
