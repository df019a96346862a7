import type { EChartsCoreOption } from 'echarts/core'
import type { ChartText } from './progress-chart-options'

/**
 * A round across counties as ECharts options: a bar per county, counties down the side in the
 * workshop's order (ECharts draws the first category at the bottom, so the list is reversed).
 */

export interface CountyBar {
  county: string
  met: number
  behind: number
  open: number
  /** People lifted to date in percent of the plan; null when not reported. */
  peoplePercent: number | null
}

const COLOURS = { met: '#389e0d', behind: '#d4380d', open: '#bfbfbf', people: '#1554b8' }

/** Height in CSS pixels for `count` counties: room for the title, the legend and a bar each. */
export const countiesChartHeight = (count: number) => 72 + 26 * Math.max(1, count)

/** CJK and full-width characters: a whole em each; other characters about 0.6 em in the bundled faces. */
const WIDE = /[\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/u

/**
 * How wide the longest county name draws at 12 px. ECharts, rendering to a string with no canvas to
 * measure in, guesses Chinese too narrow and cut a long name (酉阳土家族苗族自治县) at the left edge.
 */
function namesWidth(counties: CountyBar[]): number {
  const width = (name: string) => [...name].reduce((sum, char) => sum + (WIDE.test(char) ? 12 : 7.2), 0)
  return Math.ceil(Math.max(0, ...counties.map((bar) => width(bar.county))))
}

const frame = (text: ChartText, title: string, counties: CountyBar[]) => ({
  textStyle: { fontFamily: text.fontFamily, fontSize: 12, color: '#262626' },
  title: { text: title, left: 0, top: 0, textStyle: { fontSize: 13, fontWeight: 'bold', color: '#262626' } },
  legend: { top: 22, left: 0, itemWidth: 12, itemHeight: 10, textStyle: { fontFamily: text.fontFamily } },
  grid: { left: namesWidth(counties) + 16, right: 32, top: 52, bottom: 24, containLabel: false },
  yAxis: {
    type: 'category',
    data: [...counties].reverse().map((bar) => bar.county),
    axisTick: { show: false },
  },
})

/** Each county's indicators in the round: met, behind, open, stacked. */
export function countiesIndicatorsChart(
  counties: CountyBar[],
  words: { title: string; met: string; behind: string; open: string },
  text: ChartText,
): EChartsCoreOption {
  const part = (name: string, key: 'met' | 'behind' | 'open') => ({
    name,
    type: 'bar',
    stack: 'indicators',
    color: COLOURS[key],
    barMaxWidth: 18,
    data: [...counties].reverse().map((bar) => bar[key] || null),
    label: { show: true, position: 'inside', color: '#ffffff', fontSize: 11 },
  })
  return {
    ...frame(text, words.title, counties),
    xAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: (value: number) => text.number(value) } },
    series: [part(words.met, 'met'), part(words.behind, 'behind'), part(words.open, 'open')],
  }
}

/** People lifted to date as a share of each county's plan, with the plan (100%) as a line. */
export function countiesPeopleChart(
  counties: CountyBar[],
  words: { title: string; share: string },
  text: ChartText,
): EChartsCoreOption {
  return {
    ...frame(text, words.title, counties),
    xAxis: {
      type: 'value',
      max: ({ max }: { max: number }) => Math.max(100, max),
      axisLabel: { formatter: (value: number) => `${text.number(value)}%` },
    },
    series: [
      {
        name: words.share,
        type: 'bar',
        color: COLOURS.people,
        barMaxWidth: 18,
        data: [...counties].reverse().map((bar) => bar.peoplePercent),
        label: {
          show: true,
          position: 'right',
          fontSize: 11,
          formatter: ({ value }: { value: number | null }) => (value === null ? '' : `${value}%`),
        },
        markLine: {
          symbol: 'none',
          silent: true,
          lineStyle: { color: COLOURS.behind, type: 'dashed' },
          label: { show: false },
          data: [{ xAxis: 100 }],
        },
      },
    ],
  }
}
