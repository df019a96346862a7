import { useQuery } from '@tanstack/react-query'
import { useEffect, useMemo } from 'react'
import { useLocation, useParams } from 'react-router'
import { API_ROUTES } from '../../../../shared/api/api-routes'
import type { ApiResponse } from '../../../../shared/api/api-types'
import { anchoredItem } from '../../../../shared/comments/comment-anchors'
import type { Comment } from '../../../../shared/comments/comment-schema'
import { isOpen, type CommentThread } from '../../../../shared/comments/comments-doc'
import { countyName } from '../../../../shared/export/county-names'
import { parsePrintQuery } from '../../../../shared/export/print-paths'
import { exerciseTitle } from '../../../../shared/exercises/exercise-definitions'
import { DEFAULT_LOCALE } from '../../../../shared/locale/locale'
import { printApi } from '../../api/print-api'
import { PageFurniture, useMarginText } from '../page-furniture'
import { PrintLanguage, usePrint, usePrintMessages } from '../print-context'
import { PrintStatus } from '../print-status'
import { usePrintReady } from '../use-print-ready'
import { commentsPrintMessages } from './comments-print-messages'
import '../print.css'

interface Data {
  county: ApiResponse<'getCounty'>
  workshop: ApiResponse<'getWorkshop'>
  plan: ApiResponse<'getPlan'>
  threads: CommentThread[]
}

function useCommentsPrintData(workshopId: string, countyId: string) {
  return useQuery({
    queryKey: ['print', 'comments', workshopId, countyId],
    retry: false,
    staleTime: Infinity,
    gcTime: 0,
    queryFn: async (): Promise<Data> => {
      const [workshop, county, plan, threads] = await Promise.all([
        printApi.get(API_ROUTES.workshop, { workshopId }),
        printApi.get(API_ROUTES.county, { workshopId, countyId }),
        printApi.get(API_ROUTES.plan, { workshopId, countyId }),
        printApi.get(API_ROUTES.comments, { workshopId, countyId }),
      ])
      return { workshop, county, plan, threads }
    },
  })
}

function PrintedComment({ comment }: { comment: Comment }) {
  const t = usePrintMessages(commentsPrintMessages)
  const { locale, format } = usePrint()
  const county =
    comment.author.countyId === null
      ? t('facilitator')
      : locale === 'en' && comment.author.countyNameEn
        ? comment.author.countyNameEn
        : comment.author.countyName
  return (
    <div className="print-comment">
      <p className="print-comment-meta">
        <strong>{t('author', { name: comment.author.name, county })}</strong> ·{' '}
        {format.date(comment.createdAt.slice(0, 10))}
      </p>
      <p className="print-comment-text">{comment.text}</p>
    </div>
  )
}

function CommentList({ data, exportedAt }: { data: Data; exportedAt: string }) {
  const t = usePrintMessages(commentsPrintMessages)
  const { locale, format } = usePrint()
  const name = countyName(data.county, locale)
  const title = t('title', { county: name })
  const open = data.threads.filter(isOpen)
  useEffect(() => {
    document.title = title
    document.documentElement.lang = locale
  }, [title, locale])
  usePrintReady(true, null, useMarginText(title))
  return (
    <article className="print-comments">
      <PageFurniture header={title} draft={false} />
      <h1>{title}</h1>
      <p>{t('intro', { date: format.date(exportedAt.slice(0, 10)) })}</p>
      {open.length === 0 && <p>{t('none')}</p>}
      <ol className="print-comment-list">
        {open.map((thread) => {
          const item = anchoredItem(data.plan, thread.comment.anchor)
          const kind = thread.comment.anchor.item ? t(`itemKind.${thread.comment.anchor.item.kind}`) : ''
          const what = [
            exerciseTitle(thread.comment.anchor.exercise, locale),
            item === 'deleted' ? t('deleted', { kind }) : item ? `${kind} · ${item.label}` : null,
          ]
            .filter(Boolean)
            .join(' · ')
          return (
            <li key={thread.comment.id} className="print-comment-thread">
              <p className="print-comment-about">{t('about', { what })}</p>
              <PrintedComment comment={thread.comment} />
              {thread.replies.map((reply) => (
                <PrintedComment key={reply.id} comment={reply} />
              ))}
            </li>
          )
        })}
      </ol>
    </article>
  )
}

/** The print view of a county's open comments: /print/workshops/:workshopId/counties/:countyId/comments */
export function CommentsPrintPage() {
  const { workshopId = '', countyId = '' } = useParams()
  const { search } = useLocation()
  const query = useMemo(() => parsePrintQuery(search), [search])
  const exportedAt = useMemo(() => query.exportedAt ?? new Date().toISOString(), [query.exportedAt])
  const result = useCommentsPrintData(workshopId, countyId)
  const locale = query.lang ?? result.data?.workshop.language ?? DEFAULT_LOCALE
  return (
    <PrintLanguage locale={locale}>
      {result.data ? (
        <CommentList data={result.data} exportedAt={exportedAt} />
      ) : (
        <PrintStatus error={result.error} notFoundKey="countyMissing" />
      )}
    </PrintLanguage>
  )
}
