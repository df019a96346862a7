import type { EChartsCoreOption } from 'echarts/core'
import { ITEM_STATUSES, type ItemStatus } from '../../../../shared/follow-up/follow-up-report-schema'
import type {
  ActionsPoint,
  CountyRoundPoint,
  IndicatorSeries,
  PeoplePoint,
} from '../../../../shared/follow-up/progress-series'

/**
 * The progress charts as ECharts options, from the shared series and words already in the reader's
 * language. Only types come from ECharts here, so building an option loads nothing.
 */

export interface ChartText {
  /** The page's own faces by name: in the PDF the SVG's text must use the embedded fonts. */
  fontFamily: string
  number: (value: number) => string
}

const COLOURS = {
  target: '#8c8c8c',
  actual: '#1554b8',
  met: '#389e0d',
  behind: '#d4380d',
  open: '#bfbfbf',
}

export const STATUS_COLOURS: Record<ItemStatus, string> = {
  'not-reported': '#bfbfbf',
  'on-track': '#1554b8',
  late: '#d4380d',
  done: '#389e0d',
  dropped: '#595959',
}

/** A chart over the rounds: title, legend, grid and the rounds along the bottom. */
const overRounds = (text: ChartText, title: string, rounds: { roundName: string }[], width: number) => ({
  ...base(text, title),
  xAxis: roundAxis(
    rounds.map((round) => round.roundName),
    width,
  ),
})

const base = (text: ChartText, title: string) => ({
  textStyle: { fontFamily: text.fontFamily, fontSize: 12, color: '#262626' },
  title: { text: title, left: 0, top: 0, textStyle: { fontSize: 13, fontWeight: 'bold', color: '#262626' } },
  legend: { top: 22, left: 0, itemWidth: 12, itemHeight: 10, textStyle: { fontFamily: text.fontFamily } },
  grid: { left: 8, right: 16, top: 56, bottom: 8, containLabel: true },
})

const roundAxis = (names: string[], width: number) => ({
  type: 'category',
  data: names,
  axisLabel: {
    interval: 0,
    width: Math.max(60, (width - 80) / Math.max(1, names.length)),
    overflow: 'break',
  },
})

const valueAxis = (text: ChartText) => ({
  type: 'value',
  axisLabel: { formatter: (value: number) => text.number(value) },
})

const barLabel = (text: ChartText) => ({
  show: true,
  position: 'top',
  fontSize: 11,
  formatter: ({ value }: { value: number | null }) => (value === null ? '' : text.number(value)),
})

/** One indicator: its target and actual at each round, side by side. */
export function indicatorChart(
  series: IndicatorSeries,
  words: { title: string; target: string; actual: string },
  text: ChartText,
  width: number,
): EChartsCoreOption {
  return {
    ...overRounds(text, words.title, series.points, width),
    yAxis: valueAxis(text),
    series: [
      {
        name: words.target,
        type: 'bar',
        color: COLOURS.target,
        data: series.points.map((point) => point.target),
        label: barLabel(text),
      },
      {
        name: words.actual,
        type: 'bar',
        color: COLOURS.actual,
        data: series.points.map((point) => point.actual),
        label: barLabel(text),
      },
    ],
  }
}

/** People lifted to date at each round, with the plan's headline as a line across. */
export function peopleChart(
  points: PeoplePoint[],
  words: { title: string; toDate: string; planned: string },
  text: ChartText,
  width: number,
): EChartsCoreOption {
  const planned = [...points].reverse().find((point) => point.planned !== null)?.planned ?? null
  return {
    ...overRounds(text, words.title, points, width),
    yAxis: {
      ...valueAxis(text),
      max: planned === null ? undefined : ({ max }: { max: number }) => Math.max(max, planned),
    },
    series: [
      {
        name: words.toDate,
        type: 'bar',
        color: COLOURS.actual,
        barMaxWidth: 48,
        data: points.map((point) => point.toDate),
        label: barLabel(text),
        markLine:
          planned === null
            ? undefined
            : {
                symbol: 'none',
                silent: true,
                lineStyle: { color: COLOURS.behind, type: 'dashed' },
                label: { position: 'insideEndTop', formatter: words.planned, fontFamily: text.fontFamily },
                data: [{ yAxis: planned }],
              },
      },
    ],
  }
}

/** How many actions stood at each status, a stacked bar per round. */
export function actionsChart(
  points: ActionsPoint[],
  words: { title: string; statuses: Record<ItemStatus, string> },
  text: ChartText,
  width: number,
): EChartsCoreOption {
  return {
    ...overRounds(text, words.title, points, width),
    yAxis: { ...valueAxis(text), minInterval: 1 },
    series: ITEM_STATUSES.map((status) => ({
      name: words.statuses[status],
      type: 'bar',
      stack: 'actions',
      barMaxWidth: 48,
      color: STATUS_COLOURS[status],
      data: points.map((point) => point.counts[status] || null),
      label: { show: true, position: 'inside', color: '#ffffff', fontSize: 11 },
    })),
  }
}

/** A county's indicators in one round as one bar: met, behind, open. Small, for the gallery. */
export function countyStandingChart(
  point: CountyRoundPoint,
  words: { met: string; behind: string; open: string },
  text: ChartText,
): EChartsCoreOption {
  const part = (name: string, value: number, color: string) => ({
    name,
    type: 'bar',
    stack: 'indicators',
    color,
    barWidth: 22,
    data: [value || null],
    label: { show: true, position: 'inside', color: '#ffffff', fontSize: 12 },
  })
  return {
    textStyle: { fontFamily: text.fontFamily, fontSize: 12, color: '#262626' },
    legend: { top: 0, left: 0, itemWidth: 10, itemHeight: 8, textStyle: { fontFamily: text.fontFamily } },
    grid: { left: 4, right: 8, top: 26, bottom: 4, containLabel: false },
    xAxis: { type: 'value', show: false, max: Math.max(1, point.met + point.behind + point.open) },
    yAxis: { type: 'category', show: false, data: [''] },
    series: [
      part(words.met, point.met, COLOURS.met),
      part(words.behind, point.behind, COLOURS.behind),
      part(words.open, point.open, COLOURS.open),
    ],
  }
}
