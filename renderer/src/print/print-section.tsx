import type { ReactNode } from 'react'
import type { PlanSection } from '../../../shared/exercises/plan-sections'
import { planSectionsMessages } from '../../../shared/exercises/plan-sections-messages'
import { usePrint, usePrintMessages } from './print-context'

const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三']

/** 一、二、三 in Chinese, 1. 2. 3. in English: how each language numbers the parts of an official document. */
export function useSectionNumber() {
  const { t, locale } = usePrint()
  return (number: number) =>
    t('sectionNumber', {
      number: locale === 'zh-CN' ? (CHINESE_NUMERALS[number - 1] ?? String(number)) : String(number),
    })
}

interface PrintSectionProps {
  section: PlanSection
  number: number
  /** Wide tables print on landscape pages. */
  landscape?: boolean
  /** Start on a new page (the summary and the annexes stand on their own). */
  newPage?: boolean
  children: ReactNode
}

/** One numbered part of the plan; its heading also names a PDF bookmark. */
export function PrintSection({ section, number, landscape, newPage, children }: PrintSectionProps) {
  const title = usePrintMessages(planSectionsMessages)
  const sectionNumber = useSectionNumber()
  const classes = ['print-section']
  if (landscape) classes.push('print-sheet--landscape')
  if (newPage) classes.push('print-section--new-page')
  return (
    <section className={classes.join(' ')} aria-labelledby={`section-${section}`} data-section={section}>
      <h2 id={`section-${section}`}>
        <span className="print-section-number">{sectionNumber(number)}</span>
        {title(section)}
      </h2>
      {children}
    </section>
  )
}

/** Paragraphs of co-edited prose, or a note that the group has not written it yet. */
export function Prose({ paragraphs }: { paragraphs: readonly string[] }) {
  const { t } = usePrint()
  const filled = paragraphs.filter((paragraph) => paragraph.trim() !== '')
  if (filled.length === 0) return <p className="print-empty">{t('notFilled')}</p>
  return (
    <div className="print-prose">
      {filled.map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </div>
  )
}

/** A blank value in a table. */
export function NotGiven() {
  const { t } = usePrint()
  return <span className="print-not-given">{t('notGiven')}</span>
}

/** Text, or "not given" when blank. */
export function TextOr({ text }: { text: string | null | undefined }) {
  return text && text.trim() !== '' ? <>{text}</> : <NotGiven />
}
