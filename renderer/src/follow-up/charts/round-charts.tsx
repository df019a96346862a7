import { useCallback, useMemo, useRef } from 'react'
import type { Locale } from '../../../../shared/locale/locale'
import { useMessages } from '../../i18n/use-messages'
import { ChartFigure } from './chart-figure'
import { chartText } from './chart-text'
import { progressChartMessages } from './progress-chart-messages'
import {
  countiesChartHeight,
  countiesIndicatorsChart,
  countiesPeopleChart,
  type CountyBar,
} from './round-chart-options'
import { roundChartMessages } from './round-chart-messages'

interface RoundChartsProps {
  counties: CountyBar[]
  locale: Locale
  width: number
  /** Told once both charts are drawn. */
  onAllDrawn?: () => void
}

/** A round across counties: each county's indicators met, behind and open; people lifted against plan. */
export function RoundCharts({ counties, locale, width, onAllDrawn }: RoundChartsProps) {
  const t = useMessages(roundChartMessages, locale)
  const words = useMessages(progressChartMessages, locale)
  const height = countiesChartHeight(counties.length)
  const [indicators, people] = useMemo(() => {
    const text = chartText(locale)
    return [
      countiesIndicatorsChart(
        counties,
        { title: t('indicatorsTitle'), met: words('met'), behind: words('behind'), open: words('open') },
        text,
      ),
      countiesPeopleChart(counties, { title: t('peopleTitle'), share: t('share') }, text),
    ]
  }, [counties, locale, t, words])

  const drawn = useRef(new Set<string>())
  const told = useRef(false)
  const tell = useCallback(
    (key: string) => {
      drawn.current.add(key)
      if (!told.current && drawn.current.size === 2) {
        told.current = true
        onAllDrawn?.()
      }
    },
    [onAllDrawn],
  )

  return (
    <div className="round-charts">
      <ChartFigure
        caption={t('indicatorsTitle')}
        option={indicators}
        width={width}
        height={height}
        onDrawn={() => tell('indicators')}
        table={{
          head: [words('county'), words('met'), words('behind'), words('open')],
          rows: counties.map((bar) => [bar.county, String(bar.met), String(bar.behind), String(bar.open)]),
        }}
      />
      <ChartFigure
        caption={t('peopleTitle')}
        option={people}
        width={width}
        height={height}
        onDrawn={() => tell('people')}
        table={{
          head: [words('county'), t('share')],
          rows: counties.map((bar) => [
            bar.county,
            bar.peoplePercent === null ? t('notReported') : `${bar.peoplePercent}%`,
          ]),
        }}
      />
    </div>
  )
}
