import type { Action } from '../../../../shared/exercises/action-plan/action-plan-schema'
import type { TimelineRow } from '../../../../shared/exercises/action-plan/timeline-layout'
import type { Translate } from '../../../../shared/i18n/translator'
import type { Locale } from '../../../../shared/locale/locale'
import { printFormat } from '../../print/print-format'
import type { actionPlanUiMessages } from './action-plan-ui-messages'

export type ActionPlanText = Translate<(typeof actionPlanUiMessages.messages)['zh-CN']>

/** What a timeline bar says in words: its dates as the group typed them, and what is odd about them. */
export interface TimelineRowText {
  title: string
  dates: string
  marks: string[]
  /** The bar's accessible name: all of the above in one sentence. */
  label: string
}

/**
 * The words of one row of the timeline, the same on the step, the projector and the PDF. Dates are worded
 * as the printed plan words them, so the three read alike in either language.
 */
export function timelineRowText(
  action: Pick<Action, 'title' | 'startDate' | 'endDate'>,
  row: Pick<TimelineRow, 'marks'>,
  t: ActionPlanText,
  locale: Locale,
): TimelineRowText {
  const { date } = printFormat(locale)
  const { startDate, endDate } = action
  const title = action.title.trim() || t('untitled')
  const dates =
    startDate && endDate
      ? t('timeline.range', { start: date(startDate), end: date(endDate) })
      : startDate
        ? t('summary.from', { date: date(startDate) })
        : endDate
          ? t('summary.until', { date: date(endDate) })
          : t('summary.noDates')
  const marks = row.marks.map((mark) => t(`timeline.marks.${mark}`))
  const label =
    marks.length === 0
      ? t('timeline.bar', { title, dates })
      : t('timeline.barWithMarks', { title, dates, marks: marks.join(t('timeline.markSeparator')) })
  return { title, dates, marks, label }
}
