import type { Plan } from '../../../../shared/live/plan-schema'
import type { PovertyLine } from '../../../../shared/poverty-line/poverty-line-schema'
import { checkTargets, formatTargetIssue } from '../../../../shared/exercises/target-setting/target-checks'
import { INDICATOR_ATTRIBUTE_LABELS } from '../../../../shared/vocabulary/plan-vocabulary'
import { usePrint } from '../../print/print-context'
import { NotGiven, PrintSection, TextOr } from '../../print/print-section'
import { BenefitPrintTable } from './benefit-print-table'
import { PrintTableHead } from '../../print/print-table-head'

/** Beyond this many target years the indicator table would be too cramped on a portrait page. */
const YEARS_ON_PORTRAIT = 4

/** The indicator table (主要指标) with one column per target year, the benefit arithmetic and its flags. */
export function TargetSettingPrint({
  number,
  plan,
  povertyLines,
}: {
  number: number
  plan: Plan
  povertyLines: readonly PovertyLine[]
}) {
  const { t, format, label, locale } = usePrint()
  const years = [
    ...new Set(plan.indicators.flatMap((indicator) => indicator.targets.map((target) => target.year))),
  ].sort((a, b) => a - b)
  const issues = checkTargets(plan, povertyLines)
  return (
    <PrintSection section="targets" number={number} landscape={years.length > YEARS_ON_PORTRAIT}>
      <h3>{t('targets.indicators')}</h3>
      {plan.indicators.length === 0 ? (
        <p className="print-empty">{t('notFilled')}</p>
      ) : (
        <table className="print-table print-indicators">
          <PrintTableHead
            columns={[
              { label: t('targets.indicator'), width: '26%' },
              { label: t('targets.unit') },
              { label: t('targets.baseline'), numeric: true },
              ...years.map((year) => ({
                label: t('targets.targetIn', { year: String(year) }),
                numeric: true,
              })),
              { label: t('targets.attribute') },
              { label: t('targets.responsible'), width: '17%' },
              { label: t('targets.verification'), width: '19%' },
            ]}
          />
          <tbody>
            {plan.indicators.map((indicator) => {
              const byYear = new Map(indicator.targets.map((target) => [target.year, target.value]))
              return (
                <tr key={indicator.id}>
                  <th scope="row">
                    <TextOr text={indicator.name} />
                  </th>
                  <td className="print-term">{indicator.unit}</td>
                  <td className="print-number">
                    {indicator.baselineValue === null ? (
                      <NotGiven />
                    ) : (
                      <>
                        {format.decimal(indicator.baselineValue)}
                        {indicator.baselineYear !== null && (
                          <span className="print-sub">
                            {t('yearSuffix', { year: String(indicator.baselineYear) })}
                          </span>
                        )}
                      </>
                    )}
                  </td>
                  {years.map((year) => {
                    const value = byYear.get(year)
                    return (
                      <td key={year} className="print-number">
                        {value === undefined ? '—' : format.decimal(value)}
                      </td>
                    )
                  })}
                  <td className="print-term">{label(INDICATOR_ATTRIBUTE_LABELS[indicator.attribute])}</td>
                  <td>
                    <TextOr text={indicator.responsibleUnit} />
                  </td>
                  <td>
                    <TextOr text={indicator.verificationSource} />
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      )}
      <h3>{t('targets.benefit')}</h3>
      <BenefitPrintTable plan={plan} povertyLines={povertyLines} />
      <h3>{t('targets.exitCriteria')}</h3>
      <table className="print-table">
        <PrintTableHead
          columns={[
            { label: t('targets.criterion'), width: '30%' },
            { label: t('targets.requirement'), width: '70%' },
          ]}
        />
        <tbody>
          <tr>
            <th scope="row">{t('targets.householdExit')}</th>
            <td>{t('targets.householdExitText')}</td>
          </tr>
          <tr>
            <th scope="row">{t('targets.countyExit')}</th>
            <td>
              {t('targets.countyExitText')}
              {plan.dataCard.povertyIncidence !== null && (
                <span className="print-sub">
                  {t('targets.countyIncidenceNow', { value: format.decimal(plan.dataCard.povertyIncidence) })}
                </span>
              )}
            </td>
          </tr>
        </tbody>
      </table>
      {issues.length > 0 && (
        <div className="print-flags">
          <h4>{t('targets.flags')}</h4>
          <ul>
            {issues.map((issue, index) => (
              <li key={`${issue.path}-${index}`}>{formatTargetIssue(issue, locale)}</li>
            ))}
          </ul>
        </div>
      )}
    </PrintSection>
  )
}
