import { DownloadOutlined } from '@ant-design/icons'
import { App, Button } from 'antd'
import { useState } from 'react'
import type { County } from '../../../../shared/county/county-schema'
import { reviewReportStem } from '../../../../shared/export/county-names'
import { safeFileName } from '../../../../shared/export/safe-file-name'
import type { FollowUpRound } from '../../../../shared/follow-up/follow-up-round-schema'
import { hubApi } from '../../api/hub-api'
import { errorSentence } from '../../api/hub-error'
import { useLanguage } from '../../i18n/use-language'
import { useMessages } from '../../i18n/use-messages'
import { saveFile } from '../../print/export/save-file'
import { progressChartMessages } from './progress-chart-messages'

/** The county's review report for the round as a PDF, in the UI's language, from the hub's print pipeline. */
export function ReviewPdfButton({ round, county }: { round: FollowUpRound; county: County }) {
  const t = useMessages(progressChartMessages)
  const language = useLanguage()
  const [busy, setBusy] = useState(false)
  const { message } = App.useApp()
  const download = async () => {
    setBusy(true)
    try {
      const pdf = await hubApi.call('followUpReportPdf', {
        params: { workshopId: round.workshopId, roundId: round.id, countyId: county.id },
        query: { lang: language },
      })
      saveFile(
        pdf,
        safeFileName(reviewReportStem(county, round.name, language), 'pdf', `review-${county.id}`),
      )
    } catch (error) {
      void message.error(errorSentence(error, language))
    } finally {
      setBusy(false)
    }
  }
  return (
    <Button icon={<DownloadOutlined aria-hidden />} loading={busy} onClick={() => void download()}>
      {t('downloadReport')}
    </Button>
  )
}
