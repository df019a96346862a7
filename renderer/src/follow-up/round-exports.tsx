import { DownOutlined, FilePdfOutlined, FileExcelOutlined } from '@ant-design/icons'
import { Button, Dropdown, Flex, Typography } from 'antd'
import { ExportLanguageChoice } from '../print/export/export-language-choice'
import { useRef, useState } from 'react'
import { reviewSummaryFileName } from '../../../shared/export/county-names'
import { REVIEW_TABLE_IDS, type ReviewTableId } from '../../../shared/follow-up-tables/review-table'
import {
  reviewTableFileName,
  reviewWorkbookFileName,
} from '../../../shared/follow-up-tables/review-table-file-names'
import { reviewTablesMessages } from '../../../shared/follow-up-tables/review-tables-messages'
import type { FollowUpRound } from '../../../shared/follow-up/follow-up-round-schema'
import type { Locale } from '../../../shared/locale/locale'
import { hubApi } from '../api/hub-api'
import { errorSentence } from '../api/hub-error'
import { currentLanguage } from '../i18n/language'
import { useMessages } from '../i18n/use-messages'
import { saveFile } from '../print/export/save-file'
import { roundExportsMessages } from './round-exports-messages'

type Progress =
  | { kind: 'working'; pdf: boolean }
  | { kind: 'saved'; name: string }
  | { kind: 'failed'; message: string }
  | null

/**
 * The round across counties, out of the app: the review summary as a PDF (from the same print pipeline
 * as the plans) and the review status as tables, in Chinese or English, saved under the hub's names.
 */
export function RoundExports({ round, defaultLocale }: { round: FollowUpRound; defaultLocale: Locale }) {
  const t = useMessages(roundExportsMessages)
  const tables = useMessages(reviewTablesMessages)
  const [locale, setLocale] = useState<Locale>(defaultLocale)
  const [progress, setProgress] = useState<Progress>(null)
  // Not a disabled state: disabling the button that has the focus would drop it to the page.
  const busy = useRef(false)
  const params = { workshopId: round.workshopId, roundId: round.id }

  const save = async (fetchFile: () => Promise<Blob>, name: string, pdf = false) => {
    if (busy.current) return
    busy.current = true
    setProgress({ kind: 'working', pdf })
    try {
      saveFile(await fetchFile(), name)
      setProgress({ kind: 'saved', name })
    } catch (caught) {
      setProgress({ kind: 'failed', message: errorSentence(caught, currentLanguage()) })
    } finally {
      busy.current = false
    }
  }
  const working = progress?.kind === 'working'

  return (
    <section aria-labelledby="follow-up-exports-title" style={{ marginTop: 16 }}>
      <Typography.Title level={3} id="follow-up-exports-title" style={{ fontSize: 16 }}>
        {t('title')}
      </Typography.Title>
      <Flex wrap gap={8} align="center">
        <span id="follow-up-exports-language">{t('language')}</span>
        <ExportLanguageChoice labelledBy="follow-up-exports-language" value={locale} onChange={setLocale} />
        <Button
          type="primary"
          icon={<FilePdfOutlined aria-hidden />}
          loading={working && progress.pdf}
          onClick={() =>
            void save(
              () => hubApi.call('followUpSummaryPdf', { params, query: { lang: locale } }),
              reviewSummaryFileName(round, locale),
              true,
            )
          }
        >
          {t('summaryPdf')}
        </Button>
        <Button
          icon={<FileExcelOutlined aria-hidden />}
          onClick={() =>
            void save(
              () => hubApi.call('followUpReviewXlsx', { params, query: { lang: locale } }),
              reviewWorkbookFileName(round, null, locale),
            )
          }
        >
          {t('xlsx')}
        </Button>
        <Dropdown
          trigger={['click']}
          menu={{
            items: REVIEW_TABLE_IDS.map((id) => ({ key: id, label: tables(`tables.${id}`) })),
            onClick: ({ key }) =>
              void save(
                () =>
                  hubApi.call('followUpReviewCsv', {
                    params,
                    query: { lang: locale, table: key as ReviewTableId },
                  }),
                reviewTableFileName(round, null, key as ReviewTableId, locale),
              ),
          }}
        >
          <Button aria-haspopup="menu">
            {t('csv')} <DownOutlined aria-hidden />
          </Button>
        </Dropdown>
      </Flex>
      <div aria-live="polite" style={{ marginTop: 8 }}>
        {progress?.kind === 'working' && (
          <Typography.Text>{t(progress.pdf ? 'printing' : 'downloading')}</Typography.Text>
        )}
        {progress?.kind === 'saved' && (
          <Typography.Text>{t('saved', { name: progress.name })}</Typography.Text>
        )}
        {progress?.kind === 'failed' && (
          <Typography.Text type="danger">{t('failed', { message: progress.message })}</Typography.Text>
        )}
      </div>
    </section>
  )
}
