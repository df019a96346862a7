import { useCallback, useEffect, useMemo, useRef } from 'react'
import { ITEM_STATUSES } from '../../../../shared/follow-up/follow-up-report-schema'
import { ITEM_STATUS_LABELS } from '../../../../shared/follow-up/follow-up-terms-messages'
import {
  actionsSeries,
  indicatorSeries,
  peopleSeries,
  type RoundReport,
} from '../../../../shared/follow-up/progress-series'
import type { Locale } from '../../../../shared/locale/locale'
import { useMessages } from '../../i18n/use-messages'
import { ChartFigure, type ChartTable } from './chart-figure'
import { chartText } from './chart-text'
import { actionsChart, indicatorChart, peopleChart } from './progress-chart-options'
import { progressChartMessages } from './progress-chart-messages'
import type { EChartsCoreOption } from 'echarts/core'

interface Chart {
  key: string
  caption: string
  option: EChartsCoreOption
  table: ChartTable
}

interface CountyProgressChartsProps {
  /** The county's reports over the workshop's rounds (unsaved ones are left out). */
  reports: RoundReport[]
  locale: Locale
  /** Drawing width in CSS pixels; the SVG scales down to narrower screens. */
  width?: number
  /** Told once every chart is drawn (at once when there is none). */
  onAllDrawn?: () => void
}

/** A county's progress: each indicator's target vs actual, people lifted vs plan, actions by status. */
export function CountyProgressCharts({
  reports,
  locale,
  width = 360,
  onAllDrawn,
}: CountyProgressChartsProps) {
  const t = useMessages(progressChartMessages, locale)
  const charts = useMemo((): Chart[] => {
    const text = chartText(locale)
    const figure = (value: number | null) => (value === null ? t('none') : text.number(value))
    const indicators = indicatorSeries(reports).map((series): Chart => {
      const title = series.unit ? t('indicatorTitle', { name: series.name, unit: series.unit }) : series.name
      return {
        key: `indicator-${series.id}`,
        caption: title,
        option: indicatorChart(series, { title, target: t('target'), actual: t('actual') }, text, width),
        table: {
          head: [t('round'), t('target'), t('actual')],
          rows: series.points.map((point) => [point.roundName, figure(point.target), figure(point.actual)]),
        },
      }
    })
    const people = peopleSeries(reports)
    const last = people.at(-1)
    const planned =
      last?.planned != null && last.plannedBy !== null
        ? t('planned', { count: text.number(last.planned), year: last.plannedBy })
        : t('plannedShort')
    const statuses = Object.fromEntries(
      ITEM_STATUSES.map((status) => [status, ITEM_STATUS_LABELS[status][locale]]),
    ) as Record<(typeof ITEM_STATUSES)[number], string>
    const actions = actionsSeries(reports)
    return [
      ...indicators,
      ...(people.length === 0
        ? []
        : [
            {
              key: 'people',
              caption: `${t('peopleTitle')} · ${planned}`,
              option: peopleChart(
                people,
                { title: t('peopleTitle'), toDate: t('toDate'), planned },
                text,
                width,
              ),
              table: {
                head: [t('round'), t('toDate'), t('plannedShort')],
                rows: people.map((point) => [point.roundName, figure(point.toDate), figure(point.planned)]),
              },
            },
          ]),
      ...(actions.length === 0 || actions.every((point) => Object.values(point.counts).every((n) => n === 0))
        ? []
        : [
            {
              key: 'actions',
              caption: t('actionsTitle'),
              option: actionsChart(actions, { title: t('actionsTitle'), statuses }, text, width),
              table: {
                head: [t('round'), ...ITEM_STATUSES.map((status) => statuses[status])],
                rows: actions.map((point) => [
                  point.roundName,
                  ...ITEM_STATUSES.map((status) => text.number(point.counts[status])),
                ]),
              },
            },
          ]),
    ]
  }, [reports, locale, width, t])

  const drawn = useRef(new Set<string>())
  const told = useRef(false)
  const tell = useCallback(() => {
    if (!told.current && drawn.current.size >= charts.length) {
      told.current = true
      onAllDrawn?.()
    }
  }, [charts.length, onAllDrawn])
  useEffect(tell, [tell])

  if (charts.length === 0) return <p className="progress-charts-none">{t('noReports')}</p>
  return (
    <div className="progress-charts">
      {charts.map((chart) => (
        <ChartFigure
          key={chart.key}
          caption={chart.caption}
          option={chart.option}
          width={width}
          height={240}
          table={chart.table}
          onDrawn={() => {
            drawn.current.add(chart.key)
            tell()
          }}
        />
      ))}
    </div>
  )
}
