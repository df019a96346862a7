import { Alert, Button, Radio, Select, Space, Table, Typography } from 'antd'
import { useMemo, useState } from 'react'
import type * as Y from 'yjs'
import type { County } from '../../../shared/county/county-schema'
import { roundRobinPairs, withPartner } from '../../../shared/review/review-pairing'
import { exerciseTitle } from '../../../shared/exercises/exercise-definitions'
import type { ExerciseKind } from '../../../shared/program/exercise-kinds'
import { GALLERY_EXERCISES } from '../../../shared/review/gallery-exercises'
import { endReviewRound, startReviewRound, type ReviewRound } from '../../../shared/review/review-round'
import { useLanguage } from '../i18n/use-language'
import { useMessages } from '../i18n/use-messages'
import { bilingual } from '../workshop-setup/counties/county-name'
import { CommentCountsTable } from './comment-counts-table'
import { consoleReviewMessages } from './console-review-messages'
import { GalleryExerciseChoice } from './gallery-exercise-choice'
import { useReviewRound } from './use-review-round'
import './review.css'

interface ConsoleReviewRoundProps {
  workshopId: string
  sessionDoc: Y.Doc
  counties: County[]
  currentItemId: string | null
  /** What the agenda item suggests; the facilitator may choose the other. */
  defaultKind: ReviewRound['kind']
  token: string
}

/**
 * The console's tools for a peer review or gallery walk: pairs (round-robin, each editable; an odd number
 * ends in a trio), start and end, and each county's comments. The round is written to the session
 * document, from which the hub grants and ends access.
 */
export function ConsoleReviewRound(props: ConsoleReviewRoundProps) {
  const { workshopId, sessionDoc, counties, currentItemId, defaultKind, token } = props
  const t = useMessages(consoleReviewMessages)
  const language = useLanguage()
  const round = useReviewRound(sessionDoc)
  const ids = useMemo(() => counties.map((county) => county.id), [counties])
  const [kind, setKind] = useState<ReviewRound['kind']>(defaultKind)
  const [shift, setShift] = useState(0)
  const [reviews, setReviews] = useState(() => roundRobinPairs(ids))
  const [open, setOpen] = useState<ExerciseKind[]>([...GALLERY_EXERCISES])
  const nameOf = (id: string) => {
    const county = counties.find((candidate) => candidate.id === id)
    return county ? bilingual(county.name, county.nameEn, language).primary : id
  }
  const shown = round?.kind === 'pairs' ? round.reviews : reviews
  const unpaired = kind === 'pairs' && ids.some((id) => (reviews[id] ?? []).length === 0)
  const noneOpen = kind === 'gallery' && open.length === 0
  const start = () =>
    startReviewRound(sessionDoc, {
      kind,
      itemId: currentItemId,
      reviews: kind === 'pairs' ? reviews : {},
      counties: counties.map(({ id, name, nameEn }) => ({ id, name, nameEn })),
      // All open is the plain gallery walk: readers open the plans themselves.
      exercises: kind === 'gallery' && open.length < GALLERY_EXERCISES.length ? open : null,
    })
  const openTitles = (round?.exercises ?? []).map((exercise) => exerciseTitle(exercise, language))
  return (
    <section className="console-review" aria-labelledby="console-review-heading">
      <Typography.Title level={3} id="console-review-heading" className="console-review-title">
        {t('title')}
      </Typography.Title>
      {round ? (
        <Alert
          type="success"
          showIcon
          title={round.kind === 'gallery' ? t('runningGallery') : t('running')}
          description={
            openTitles.length > 0
              ? t('runningGalleryOnly', { exercises: openTitles.join(t('listSeparator')) })
              : undefined
          }
        />
      ) : (
        <Radio.Group
          value={kind}
          onChange={(event) => setKind(event.target.value as ReviewRound['kind'])}
          aria-label={t('kind')}
          optionType="button"
          options={[
            { value: 'pairs', label: t('pairs') },
            { value: 'gallery', label: t('gallery') },
          ]}
        />
      )}
      {!round && kind === 'gallery' && <GalleryExerciseChoice value={open} onChange={setOpen} />}
      {(round?.kind ?? kind) === 'pairs' && ids.length >= 2 && (
        <Table
          size="small"
          pagination={false}
          rowKey={(id) => id}
          dataSource={ids}
          className="console-review-pairs"
          columns={[
            { title: t('reviewer'), key: 'county', render: (_, id) => nameOf(id) },
            {
              title: t('reviews'),
              key: 'reviews',
              render: (_, id) =>
                round ? (
                  (shown[id] ?? []).map(nameOf).join('、') || t('nobody')
                ) : (
                  <Select
                    aria-label={t('partner', { county: nameOf(id) })}
                    value={reviews[id]?.[0] ?? ''}
                    onChange={(partner: string) => setReviews(withPartner(reviews, id, partner))}
                    style={{ minWidth: 160 }}
                    options={[
                      { value: '', label: t('nobody'), disabled: true },
                      ...ids
                        .filter((other) => other !== id)
                        .map((other) => ({ value: other, label: nameOf(other) })),
                    ]}
                  />
                ),
            },
          ]}
        />
      )}
      {ids.length < 2 && <Alert type="warning" title={t('tooFew')} />}
      {unpaired && !round && <Alert type="warning" title={t('unpaired')} />}
      <Space wrap className="console-review-actions">
        {round ? (
          <Button danger onClick={() => endReviewRound(sessionDoc)}>
            {t('end')}
          </Button>
        ) : (
          <>
            {kind === 'pairs' && (
              <Button
                onClick={() => {
                  const next = shift + 1
                  setShift(next)
                  setReviews(roundRobinPairs(ids, next))
                }}
                disabled={ids.length < 3}
              >
                {t('repair')}
              </Button>
            )}
            <Button type="primary" onClick={start} disabled={ids.length < 2 || unpaired || noneOpen}>
              {t('start')}
            </Button>
          </>
        )}
      </Space>
      <CommentCountsTable workshopId={workshopId} counties={counties} token={token} />
    </section>
  )
}
