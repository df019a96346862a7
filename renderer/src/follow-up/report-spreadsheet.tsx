import { DownloadOutlined, UploadOutlined } from '@ant-design/icons'
import { useQueryClient } from '@tanstack/react-query'
import { Alert, App, Button, Space, Typography, Upload } from 'antd'
import { useState } from 'react'
import type { County } from '../../../shared/county/county-schema'
import { reviewTemplateStem } from '../../../shared/export/county-names'
import { safeFileName } from '../../../shared/export/safe-file-name'
import type { FollowUpRound } from '../../../shared/follow-up/follow-up-round-schema'
import { REVIEW_TEMPLATE_MAX_BYTES } from '../../../shared/follow-up/review-template-layout'
import { formatMessage } from '../../../shared/validation/messages'
import { hubApi } from '../api/hub-api'
import { errorSentence } from '../api/hub-error'
import { hubUpload } from '../api/hub-file-transfer'
import { useLanguage } from '../i18n/use-language'
import { useMessages } from '../i18n/use-messages'
import { saveFile } from '../print/export/save-file'
import { reportSpreadsheetMessages } from './report-spreadsheet-messages'

interface ReportSpreadsheetProps {
  round: FollowUpRound
  county: County
  countyName: string
}

/**
 * The report by spreadsheet, for a county office that is not in the room: its template to download, the
 * filled file to import. A refused file's sentence names the wrong cell, so it stays on screen (an alert,
 * not a passing message) until the next try.
 */
export function ReportSpreadsheet({ round, county, countyName }: ReportSpreadsheetProps) {
  const t = useMessages(reportSpreadsheetMessages)
  const language = useLanguage()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const [downloading, setDownloading] = useState(false)
  const [importing, setImporting] = useState<string | null>(null)
  const [refused, setRefused] = useState<{ fileName: string; sentence: string } | null>(null)
  const params = { workshopId: round.workshopId, roundId: round.id, countyId: county.id }

  const download = async () => {
    setDownloading(true)
    try {
      const fileName = safeFileName(reviewTemplateStem(county, round.name, language), 'xlsx', 'review')
      saveFile(await hubApi.call('followUpTemplate', { params }), fileName)
      void message.success(t('downloaded', { fileName }))
    } catch (error) {
      void message.error(errorSentence(error, language))
    } finally {
      setDownloading(false)
    }
  }

  const importFile = async (file: File) => {
    setRefused(null)
    // The hub refuses it too; saying it here spares sending a large file for nothing.
    if (file.size > REVIEW_TEMPLATE_MAX_BYTES) {
      setRefused({ fileName: file.name, sentence: formatMessage('followUp.template.tooLarge', language) })
      return
    }
    setImporting(file.name)
    try {
      await hubUpload('importFollowUpTemplate', { params }, file, () => undefined)
      await queryClient.invalidateQueries({ queryKey: ['follow-up', round.workshopId] })
      void message.success(t('imported', { fileName: file.name, county: countyName }))
    } catch (error) {
      setRefused({ fileName: file.name, sentence: errorSentence(error, language) })
    } finally {
      setImporting(null)
    }
  }

  return (
    <section aria-labelledby="follow-up-spreadsheet-title" style={{ marginTop: 24 }}>
      <Typography.Title level={3} id="follow-up-spreadsheet-title" style={{ fontSize: 16 }}>
        {t('title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('explain')}</Typography.Paragraph>
      <Space wrap>
        <Button icon={<DownloadOutlined aria-hidden />} loading={downloading} onClick={() => void download()}>
          {t('download')}
        </Button>
        <Upload
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          showUploadList={false}
          beforeUpload={(file) => {
            void importFile(file)
            return false
          }}
        >
          <Button icon={<UploadOutlined aria-hidden />} loading={importing !== null}>
            {importing !== null ? t('importing', { fileName: importing }) : t('import')}
          </Button>
        </Upload>
      </Space>
      {refused && (
        <Alert
          role="alert"
          type="error"
          showIcon
          style={{ marginTop: 12 }}
          title={t('failed', { fileName: refused.fileName })}
          description={refused.sentence}
          closable={{ onClose: () => setRefused(null) }}
        />
      )}
    </section>
  )
}
