import type { Plan } from '../../../../shared/live/plan-schema'
import type { PovertyLine } from '../../../../shared/poverty-line/poverty-line-schema'
import { computeBenefit } from '../../../../shared/exercises/target-setting/benefit-calculator'
import { usePrint } from '../../print/print-context'
import { PrintTableHead } from '../../print/print-table-head'

/**
 * The benefit arithmetic written out, so a reader can redo it by hand (Lueyang: 32,000 × 60% =
 * 19,200). Only the lines whose inputs the group entered are shown.
 */
export function BenefitPrintTable({
  plan,
  povertyLines,
}: {
  plan: Plan
  povertyLines: readonly PovertyLine[]
}) {
  const { t, format, yuan } = usePrint()
  const result = computeBenefit(plan, povertyLines)
  const { benefit } = plan
  const base = result.resolved.basePoorPeople.value
  const size = result.resolved.householdSize.value
  const rows: { formula: string; working: string; result: string }[] = []
  if (result.peopleLifted !== null && base !== null && benefit.sharePercent !== null) {
    rows.push({
      formula: t('targets.peopleLifted'),
      working: `${format.count(base)} × ${format.decimal(benefit.sharePercent)}% = ${format.count(result.peopleLifted)}`,
      result: t('people', { count: format.count(result.peopleLifted) }),
    })
  }
  if (
    result.incomePerHousehold !== null &&
    benefit.unitsSold !== null &&
    benefit.profitPerUnit !== null &&
    benefit.participatingHouseholds !== null
  ) {
    rows.push({
      formula: t('targets.incomePerHousehold'),
      working: `${format.count(benefit.unitsSold)} × ${format.decimal(benefit.profitPerUnit)} ÷ ${format.count(benefit.participatingHouseholds)} = ${format.count(result.incomePerHousehold)}`,
      result: yuan(result.incomePerHousehold),
    })
  }
  if (result.upliftPerCapita !== null && result.incomePerHousehold !== null && size !== null) {
    rows.push({
      formula: t('targets.upliftPerCapita'),
      working: `${format.count(result.incomePerHousehold)} ÷ ${format.decimal(size)} = ${format.count(result.upliftPerCapita)}`,
      result: yuan(result.upliftPerCapita),
    })
  }
  if (result.gap && benefit.currentIncomePerCapita !== null && size !== null) {
    rows.push({
      formula: t('targets.gap'),
      working: `(${format.count(result.gap.line.yuanPerPersonYear)} − ${format.count(benefit.currentIncomePerCapita)}) × ${format.decimal(size)} = ${format.count(result.gap.gapPerHousehold)}`,
      result: yuan(result.gap.gapPerHousehold),
    })
  }
  if (rows.length === 0) return <p className="print-empty">{t('notFilled')}</p>
  return (
    <>
      <table className="print-table print-benefit">
        <PrintTableHead
          columns={[
            { label: t('targets.formula'), width: '44%' },
            { label: t('targets.working'), width: '36%' },
            { label: t('targets.result'), width: '20%', numeric: true },
          ]}
        />
        <tbody>
          {rows.map((row) => (
            <tr key={row.formula}>
              <th scope="row">{row.formula}</th>
              <td className="print-working">{row.working}</td>
              <td className="print-number print-strong">{row.result}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {result.gap && (
        <p className="print-note">
          {t('targets.gapLine', {
            year: String(result.gap.line.year),
            amount: format.count(result.gap.line.yuanPerPersonYear),
          })}{' '}
          {result.closesGap === true && t('targets.closes')}
          {result.closesGap === false && t('targets.doesNotClose')}
        </p>
      )}
    </>
  )
}
