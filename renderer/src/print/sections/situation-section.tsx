import type { ReactNode } from 'react'
import type { County } from '../../../../shared/county/county-schema'
import type { Plan } from '../../../../shared/live/plan-schema'
import { productName } from '../../../../shared/county/county-texts'
import {
  povertyLineBasis,
  povertyLineFor,
  type PovertyLine,
} from '../../../../shared/poverty-line/poverty-line-schema'
import { usePrint } from '../print-context'
import { NotGiven, PrintSection, Prose } from '../print-section'
import { PrintTableHead } from '../print-table-head'

interface SituationProps {
  number: number
  plan: Plan
  county: County
  povertyLines: readonly PovertyLine[]
}

/** The county data card as the group confirmed it, the poverty line to compare with, and the narrative. */
export function SituationSection({ number, plan, county, povertyLines }: SituationProps) {
  const { t, format, locale } = usePrint()
  const card = plan.dataCard
  const year = (value: number | null): ReactNode =>
    value === null ? <NotGiven /> : t('yearSuffix', { year: String(value) })
  const value = (figure: number | null, unit: (text: string) => string): ReactNode =>
    figure === null ? <NotGiven /> : unit(format.count(figure))
  const lineYear = card.incomeYear ?? card.remainingPoorYear ?? card.baselineYear
  const line =
    lineYear !== null
      ? povertyLineFor(povertyLines, lineYear)
      : povertyLines.reduce<PovertyLine | null>(
          (latest, row) => (!latest || row.year > latest.year ? row : latest),
          null,
        )
  const rows: [string, ReactNode, ReactNode][] = [
    [t('situation.population'), value(card.population, (count) => t('people', { count })), '—'],
    [t('situation.poorVillages'), value(card.poorVillages, (count) => t('villages', { count })), '—'],
    [
      t('situation.registeredPoorHouseholds'),
      value(card.registeredPoorHouseholds, (count) => t('households', { count })),
      year(card.baselineYear),
    ],
    [
      t('situation.registeredPoorPeople'),
      value(card.registeredPoorPeople, (count) => t('people', { count })),
      year(card.baselineYear),
    ],
    [
      t('situation.remainingPoorPeople'),
      value(card.remainingPoorPeople, (count) => t('people', { count })),
      year(card.remainingPoorYear),
    ],
    [
      t('situation.povertyIncidence'),
      card.povertyIncidence === null ? (
        <NotGiven />
      ) : (
        t('percent', { value: format.decimal(card.povertyIncidence) })
      ),
      '—',
    ],
    [
      t('situation.ruralIncomePerCapita'),
      value(card.ruralIncomePerCapita, (amount) => t('situation.incomePerCapita', { amount })),
      year(card.incomeYear),
    ],
    [
      t('situation.povertyLine'),
      line ? (
        t('situation.povertyLineValue', {
          amount: format.count(line.yuanPerPersonYear),
          basis: povertyLineBasis(line, locale),
        })
      ) : (
        <NotGiven />
      ),
      line ? t('yearSuffix', { year: String(line.year) }) : '—',
    ],
  ]
  return (
    <PrintSection section="situation" number={number}>
      <h3>{t('situation.dataCard')}</h3>
      <table className="print-table">
        <PrintTableHead
          columns={[
            { label: t('situation.item'), width: '36%' },
            { label: t('situation.value'), width: '46%' },
            { label: t('situation.year'), width: '18%' },
          ]}
        />
        <tbody>
          {rows.map(([item, figure, when]) => (
            <tr key={item}>
              <th scope="row">{item}</th>
              <td>{figure}</td>
              <td className="print-term">{when}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {county.signatureProducts.length > 0 && (
        <p className="print-inline-list">
          <strong>
            {t('situation.signatureProducts')}
            {t('colon')}
          </strong>
          {county.signatureProducts.map((product) => productName(product, locale)).join(t('listSeparator'))}
        </p>
      )}
      <h3>{t('situation.narrative')}</h3>
      <Prose paragraphs={plan.prose.situationSummary} />
    </PrintSection>
  )
}
