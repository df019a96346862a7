import { useMemo } from 'react'
import type { County } from '../../../../shared/county/county-schema'
import type { FollowUpOverviewLine } from '../../../../shared/follow-up/follow-up-progress'
import {
  countiesInRound,
  standingCounts,
  type CountyRoundPoint,
} from '../../../../shared/follow-up/progress-series'
import type { Locale } from '../../../../shared/locale/locale'
import { useMessages } from '../../i18n/use-messages'
import { ChartFigure } from './chart-figure'
import { chartText } from './chart-text'
import { countyStandingChart } from './progress-chart-options'
import { progressChartMessages } from './progress-chart-messages'

const STANDING_COLOURS = { 'on-track': '#135200', behind: '#ad2102', 'not-reported': '#595959' }

interface RoundGalleryProps {
  lines: FollowUpOverviewLine[]
  counties: readonly County[]
  locale: Locale
}

/** Every county of a round as a small card: on track or not, its indicators met and behind, people lifted. */
export function RoundGallery({ lines, counties, locale }: RoundGalleryProps) {
  const t = useMessages(progressChartMessages, locale)
  const points = useMemo(() => countiesInRound(lines), [lines])
  const counts = standingCounts(points)
  const byId = new Map(counties.map((county) => [county.id, county]))
  const name = (id: string) => {
    const county = byId.get(id)
    return county ? (locale === 'en' && county.nameEn ? county.nameEn : county.name) : ''
  }
  return (
    <section aria-labelledby="follow-up-gallery-title" style={{ marginTop: 24 }}>
      <h3 id="follow-up-gallery-title" className="progress-gallery-title">
        {t('galleryTitle')}
      </h3>
      <p>
        {t('standingCounts', {
          onTrack: counts['on-track'],
          behind: counts.behind,
          notReported: counts['not-reported'],
        })}
      </p>
      <ul className="progress-gallery">
        {points.map((point) => (
          <GalleryCard key={point.countyId} point={point} county={name(point.countyId)} locale={locale} />
        ))}
      </ul>
    </section>
  )
}

function GalleryCard({ point, county, locale }: { point: CountyRoundPoint; county: string; locale: Locale }) {
  const t = useMessages(progressChartMessages, locale)
  const option = useMemo(
    () =>
      countyStandingChart(point, { met: t('met'), behind: t('behind'), open: t('open') }, chartText(locale)),
    [point, locale, t],
  )
  return (
    <li className="progress-gallery-card">
      <p className="progress-gallery-name">{county}</p>
      <p className="progress-gallery-standing" style={{ color: STANDING_COLOURS[point.standing] }}>
        {t(`standing.${point.standing}`)}
      </p>
      {point.standing !== 'not-reported' && (
        <>
          <ChartFigure
            caption={t('galleryCounty', { county, met: point.met, behind: point.behind, open: point.open })}
            option={option}
            width={240}
            height={64}
            table={{
              head: [t('county'), t('met'), t('behind'), t('open')],
              rows: [[county, String(point.met), String(point.behind), String(point.open)]],
            }}
          />
          <p className="progress-gallery-people">
            {point.peoplePercent === null
              ? t('galleryNoPeople')
              : t('galleryPeople', { percent: point.peoplePercent })}
          </p>
        </>
      )}
    </li>
  )
}
