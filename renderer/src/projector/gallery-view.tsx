import type { County } from '../../../shared/county/county-schema'
import type { Plan } from '../../../shared/live/plan-schema'
import { galleryFigures } from '../../../shared/session/headline-figures'
import { useFormatters } from '../components/use-formatters'
import { useLanguage } from '../i18n/use-language'
import type { WatchedView } from '../session/use-watched-docs'
import { bilingual } from '../workshop-setup/counties/county-name'
import { useMessages } from '../i18n/use-messages'
import { projectorMessages } from './projector-messages'

interface GalleryViewProps {
  counties: readonly County[]
  plans: Record<string, WatchedView<Plan>>
}

/** Up to this many rows in one column; a bigger class gets two, so the type never shrinks below legible. */
const ROWS_PER_COLUMN = 10

/**
 * Every county's headline target side by side, for the closing plenary: people to lift per county as
 * bars on one scale, and the total. Labels are text at the projector's size; the bars are SVG drawn
 * to the largest target, so the comparison is honest.
 */
export function GalleryView({ counties, plans }: GalleryViewProps) {
  const t = useMessages(projectorMessages)
  const language = useLanguage()
  const format = useFormatters()
  const loaded = counties.flatMap((county) => {
    const view = plans[county.id]
    return view?.synced ? [{ countyId: county.id, plan: view.value }] : []
  })
  const figures = galleryFigures(loaded)
  const byCounty = new Map(figures.rows.map((row) => [row.countyId, row]))
  const twoColumns = counties.length > ROWS_PER_COLUMN

  return (
    <div className="projector-gallery">
      <div className="projector-gallery-head">
        <h1>{t('gallery.heading')}</h1>
        <p className="projector-gallery-total" data-testid="gallery-total">
          <span>{t('gallery.total')}</span> <strong>{format.count(figures.total)}</strong>{' '}
          <span>{t('gallery.unit')}</span>{' '}
          <span className="projector-secondary">
            {'· '}
            {t('gallery.counted', { count: figures.countiesWithTarget, total: counties.length })}
          </span>
        </p>
      </div>
      <p className="projector-gallery-measure">{t('gallery.measure')}</p>
      <ul
        className="projector-gallery-bars"
        data-columns={twoColumns ? 2 : 1}
        aria-label={t('gallery.chart')}
        data-testid="gallery-chart"
      >
        {counties.map((county) => {
          const people = byCounty.get(county.id)?.peopleLifted ?? null
          const share = people === null ? 0 : people / figures.largest
          return (
            <li key={county.id} className="projector-gallery-row" data-county={county.name}>
              <span className="projector-gallery-name">
                {bilingual(county.name, county.nameEn, language).primary}
              </span>
              <svg
                className="projector-gallery-bar"
                viewBox="0 0 100 10"
                preserveAspectRatio="none"
                aria-hidden
                focusable="false"
              >
                <rect x="0" y="0" width="100" height="10" className="projector-bar-track" />
                {people !== null && (
                  <rect
                    x="0"
                    y="0"
                    width={Math.max(0.5, share * 100)}
                    height="10"
                    className="projector-bar-fill"
                  />
                )}
              </svg>
              <span className="projector-gallery-value" data-testid="gallery-value">
                {people === null ? t('gallery.notSet') : format.count(people)}
              </span>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
