import { DownOutlined, FileExcelOutlined, FileTextOutlined } from '@ant-design/icons'
import { Button, Dropdown, Space, Typography } from 'antd'
import { useRef, useState, type ReactNode } from 'react'
import type { County } from '../../../../shared/county/county-schema'
import { countyName } from '../../../../shared/export/county-names'
import type { Locale } from '../../../../shared/locale/locale'
import { PLAN_TABLE_IDS, type PlanTableId } from '../../../../shared/plan-tables/plan-table'
import { planTablesMessages } from '../../../../shared/plan-tables/plan-tables-messages'
import {
  planJsonFileName,
  tableFileName,
  workbookFileName,
} from '../../../../shared/plan-tables/table-file-names'
import { hubApi } from '../../api/hub-api'
import { errorSentence } from '../../api/hub-error'
import { currentLanguage } from '../../i18n/language'
import { useMessages } from '../../i18n/use-messages'
import { saveFile } from './save-file'
import { tableDownloadsMessages } from './table-downloads-messages'

const FILE_NAMES = { planXlsx: workbookFileName, planJson: planJsonFileName }

/**
 * A county plan's tables and data as files, in the export's language (`locale`), saved under the
 * names the hub gives them. A refusal is said on the row, in the reader's language.
 */
export function TableDownloads({
  workshopId,
  county,
  locale,
}: {
  workshopId: string
  county: County
  locale: Locale
}) {
  const t = useMessages(tableDownloadsMessages)
  const tables = useMessages(planTablesMessages)
  // Not a disabled state: disabling the button that has the focus would drop it to the page.
  const busy = useRef(false)
  const [error, setError] = useState<string | null>(null)
  const csvButton = useRef<HTMLButtonElement>(null)
  const params = { workshopId, countyId: county.id }
  // As the row names the county: in the export's language.
  const name = countyName(county, locale)

  const save = async (fetchFile: () => Promise<Blob>, fileName: string) => {
    if (busy.current) return
    busy.current = true
    setError(null)
    try {
      saveFile(await fetchFile(), fileName)
    } catch (caught) {
      setError(errorSentence(caught, currentLanguage()))
    } finally {
      busy.current = false
    }
  }
  const saveCsv = (table: PlanTableId) =>
    save(
      () => hubApi.call('planCsv', { params, query: { lang: locale, table } }),
      tableFileName(county, table, locale),
    )

  /** A download of the whole plan: the workbook or the data. */
  const wholePlanButton = (
    route: 'planXlsx' | 'planJson',
    icon: ReactNode,
    label: string,
    ariaLabel: string,
  ) => (
    <Button
      icon={icon}
      aria-label={ariaLabel}
      onClick={() =>
        void save(
          () => hubApi.call(route, { params, query: { lang: locale } }),
          FILE_NAMES[route](county, locale),
        )
      }
    >
      {label}
    </Button>
  )

  return (
    <Space orientation="vertical" size={4}>
      <Space wrap size={[8, 8]}>
        {wholePlanButton('planXlsx', <FileExcelOutlined aria-hidden />, t('xlsx'), t('xlsxOf', { name }))}
        <Dropdown
          trigger={['click']}
          autoFocus
          // A closed menu leaves the focus on its hidden item: give it back to the button it opened from.
          onOpenChange={(open) => {
            if (!open) requestAnimationFrame(() => csvButton.current?.focus())
          }}
          menu={{
            items: PLAN_TABLE_IDS.map((id) => ({ key: id, label: tables(`tables.${id}`) })),
            onClick: ({ key }) => void saveCsv(key as PlanTableId),
          }}
        >
          <Button ref={csvButton} aria-label={t('csvOf', { name })} aria-haspopup="menu">
            {t('csv')} <DownOutlined aria-hidden />
          </Button>
        </Dropdown>
        {wholePlanButton('planJson', <FileTextOutlined aria-hidden />, t('json'), t('jsonOf', { name }))}
      </Space>
      <div aria-live="polite">
        {error && <Typography.Text type="danger">{t('failed', { message: error })}</Typography.Text>}
      </div>
    </Space>
  )
}
