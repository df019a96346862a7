import type { ReactNode } from 'react'
import type { County } from '../../../../shared/county/county-schema'
import type { Plan } from '../../../../shared/live/plan-schema'
import { productName } from '../../../../shared/county/county-texts'
import {
  povertyLineBasis,
  povertyLineFor,
  type PovertyLine,
} from '../../../../shared/poverty-line/poverty-line-schema'
import { usePrint, usePrintMessages } from '../../print/print-context'
import { NotGiven, PrintSection, Prose } from '../../print/print-section'
import { PrintTableHead } from '../../print/print-table-head'
import { countyDataCardUiMessages } from './county-data-card-ui-messages'

interface CountyDataCardPrintProps {
  number: number
  plan: Plan
  county: County
  povertyLines: readonly PovertyLine[]
}

/** The county data card as the group confirmed it, the poverty line to compare with, and the narrative. */
export function CountyDataCardPrint({ number, plan, county, povertyLines }: CountyDataCardPrintProps) {
  const { t: print, format, locale } = usePrint()
  const t = usePrintMessages(countyDataCardUiMessages)
  const card = plan.dataCard
  const year = (value: number | null): ReactNode =>
    value === null ? <NotGiven /> : print('yearSuffix', { year: String(value) })
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
    [t('print.population'), value(card.population, (count) => print('people', { count })), '—'],
    [t('print.poorVillages'), value(card.poorVillages, (count) => print('villages', { count })), '—'],
    [
      t('print.registeredPoorHouseholds'),
      value(card.registeredPoorHouseholds, (count) => print('households', { count })),
      year(card.baselineYear),
    ],
    [
      t('print.registeredPoorPeople'),
      value(card.registeredPoorPeople, (count) => print('people', { count })),
      year(card.baselineYear),
    ],
    [
      t('print.remainingPoorPeople'),
      value(card.remainingPoorPeople, (count) => print('people', { count })),
      year(card.remainingPoorYear),
    ],
    [
      t('print.povertyIncidence'),
      card.povertyIncidence === null ? (
        <NotGiven />
      ) : (
        print('percent', { value: format.decimal(card.povertyIncidence) })
      ),
      '—',
    ],
    [
      t('print.ruralIncomePerCapita'),
      value(card.ruralIncomePerCapita, (amount) => t('print.incomePerCapita', { amount })),
      year(card.incomeYear),
    ],
    [
      t('print.povertyLine'),
      line ? (
        t('print.povertyLineValue', {
          amount: format.count(line.yuanPerPersonYear),
          basis: povertyLineBasis(line, locale),
        })
      ) : (
        <NotGiven />
      ),
      line ? print('yearSuffix', { year: String(line.year) }) : '—',
    ],
  ]
  return (
    <PrintSection section="situation" number={number}>
      <h3>{t('print.dataCard')}</h3>
      <table className="print-table">
        <PrintTableHead
          columns={[
            { label: t('print.item'), width: '36%' },
            { label: t('print.value'), width: '46%' },
            { label: print('situation.year'), width: '18%' },
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
            {t('print.signatureProducts')}
            {print('colon')}
          </strong>
          {county.signatureProducts
            .map((product) => productName(product, locale))
            .join(print('listSeparator'))}
        </p>
      )}
      <h3>{t('print.narrative')}</h3>
      <Prose paragraphs={plan.prose.situationSummary} />
    </PrintSection>
  )
}
