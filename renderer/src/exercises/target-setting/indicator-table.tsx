import { PlusOutlined } from '@ant-design/icons'
import { Button, Form, Typography } from 'antd'
import { useEffect, useRef, useState } from 'react'
import type * as Y from 'yjs'
import {
  addIndicator,
  deleteIndicator,
  moveIndicator,
} from '../../../../shared/exercises/target-setting/target-setting-doc'
import type { Plan } from '../../../../shared/live/plan-schema'
import type { TargetIssue } from '../../../../shared/exercises/target-setting/target-checks'
import { beforeIdForMove, type MoveDirection } from './indicator-moves'
import { IndicatorIssueSummary } from './indicator-issue-summary'
import { IndicatorRow } from './indicator-row'
import { PlanPeriod } from './plan-period'
import { targetYearColumns } from './target-years'
import { useMessages } from '../../i18n/use-messages'
import { targetSettingUiMessages } from './target-setting-ui-messages'

interface IndicatorTableProps {
  doc: Y.Doc
  plan: Plan
  issues: ReadonlyMap<string, TargetIssue[]>
  editable: boolean
}

/** Where the keyboard goes once the document has the change: the moved row's button, or a new row. */
type PendingFocus = { id: string; target: 'up' | 'down' | 'name' } | { id: null; target: 'add' }

/**
 * The indicator table (主要指标): one row per indicator, one annual-target column per year of the
 * plan. Rows move up and down by buttons, so the keyboard can reorder them; the move is said aloud.
 */
export function IndicatorTable({ doc, plan, issues, editable }: IndicatorTableProps) {
  const t = useMessages(targetSettingUiMessages)
  const tableRef = useRef<HTMLDivElement>(null)
  const [announcement, setAnnouncement] = useState('')
  const [pendingFocus, setPendingFocus] = useState<PendingFocus | null>(null)
  const { indicators } = plan
  const years = targetYearColumns(plan.info, indicators)
  const ids = indicators.map((indicator) => indicator.id)
  const nameOf = (id: string) =>
    indicators.find((indicator) => indicator.id === id)?.name.trim() || t('table.untitled')

  useEffect(() => {
    if (!pendingFocus || !tableRef.current) return
    const root = tableRef.current
    const row = pendingFocus.id ? root.querySelector(`[data-indicator-id="${pendingFocus.id}"]`) : null
    const element =
      pendingFocus.target === 'add'
        ? root.querySelector<HTMLElement>('[data-action="add"]')
        : pendingFocus.target === 'name'
          ? row?.querySelector<HTMLElement>('textarea')
          : // At the top or bottom the pressed button is disabled: its neighbour keeps the focus in the row.
            (row?.querySelector<HTMLElement>(`[data-action="${pendingFocus.target}"]:not(:disabled)`) ??
            row?.querySelector<HTMLElement>('[data-action]:not(:disabled)'))
    element?.focus()
    setPendingFocus(null)
  }, [pendingFocus, indicators])

  const move = (id: string, direction: MoveDirection) => {
    const beforeId = beforeIdForMove(ids, id, direction)
    if (beforeId === undefined) return
    moveIndicator(doc, id, beforeId)
    const row = ids.indexOf(id) + (direction === 'up' ? 0 : 2)
    setAnnouncement(t('table.moved', { name: nameOf(id), row }))
    setPendingFocus({ id, target: direction })
  }
  const add = () => {
    const id = addIndicator(doc)
    setAnnouncement(t('table.added', { row: ids.length + 1 }))
    setPendingFocus({ id, target: 'name' })
  }
  const show = (path: string) =>
    tableRef.current?.querySelector<HTMLElement>(`[data-issue-path="${path}"] :is(input, textarea)`)?.focus()
  const remove = (id: string) => {
    const name = nameOf(id)
    deleteIndicator(doc, id)
    setAnnouncement(t('table.deleted', { name }))
    setPendingFocus({ id: null, target: 'add' })
  }

  return (
    <section aria-labelledby="indicator-table-heading" className="plan-section indicator-section">
      <Typography.Title level={3} id="indicator-table-heading" className="target-section-title">
        {t('table.heading')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('table.intro')}</Typography.Paragraph>
      <Form layout="vertical" component="div" requiredMark={false}>
        <PlanPeriod doc={doc} plan={plan} editable={editable} />
        <div ref={tableRef}>
          <IndicatorIssueSummary indicators={indicators} issues={[...issues.values()].flat()} onShow={show} />
          {indicators.length > 0 && (
            <div className="indicator-scroll">
              <table className="indicator-table" aria-labelledby="indicator-table-heading">
                <thead>
                  <tr>
                    <th scope="col" rowSpan={2} className="indicator-name-cell">
                      {t('table.columns.name')}
                    </th>
                    <th scope="col" rowSpan={2}>
                      {t('table.columns.kind')}
                    </th>
                    <th scope="col" rowSpan={2}>
                      {t('table.columns.unit')}
                    </th>
                    <th scope="colgroup" colSpan={2}>
                      {t('table.columns.baseline')}
                    </th>
                    {years.length > 0 && (
                      <th scope="colgroup" colSpan={years.length}>
                        {t('table.columns.annualTargets')}
                      </th>
                    )}
                    <th scope="col" rowSpan={2}>
                      {t('table.columns.attribute')}
                    </th>
                    <th scope="col" rowSpan={2}>
                      {t('table.columns.responsibleUnit')}
                    </th>
                    <th scope="col" rowSpan={2}>
                      {t('table.columns.verificationSource')}
                    </th>
                    <th scope="col" rowSpan={2}>
                      {t('table.columns.objective')}
                    </th>
                    <th scope="col" rowSpan={2}>
                      <span className="sr-only">{t('table.columns.actions')}</span>
                    </th>
                  </tr>
                  <tr>
                    <th scope="col">{t('table.columns.baselineValue')}</th>
                    <th scope="col">{t('table.columns.baselineYear')}</th>
                    {years.map((year) => (
                      <th scope="col" key={year} className="indicator-year-heading">
                        {year}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {indicators.map((indicator, index) => (
                    <IndicatorRow
                      key={indicator.id}
                      doc={doc}
                      indicator={indicator}
                      row={index + 1}
                      last={index === indicators.length - 1}
                      years={years}
                      objectives={plan.objectives}
                      issues={issues}
                      editable={editable}
                      onMove={(direction) => move(indicator.id, direction)}
                      onDelete={() => remove(indicator.id)}
                    />
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {indicators.length === 0 && <p className="indicator-empty">{t('table.empty')}</p>}
          {years.length === 0 && indicators.length > 0 && (
            <p className="indicator-empty">{t('table.noYears')}</p>
          )}
          <Button icon={<PlusOutlined aria-hidden />} onClick={add} disabled={!editable} data-action="add">
            {t('table.add')}
          </Button>
        </div>
      </Form>
      <div role="status" className="sr-only">
        {announcement}
      </div>
    </section>
  )
}
