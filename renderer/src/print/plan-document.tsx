import { planHeadlines } from '../../../shared/export/plan-headlines'
import { countyName } from '../../../shared/export/county-names'
import { PageFurniture, planHeader } from './page-furniture'
import { usePrint } from './print-context'
import { ActionPlanPrint } from '../exercises/action-plan/action-plan-print'
import { AnnexSection } from './sections/annex-section'
import { BudgetSection } from './sections/budget-section'
import { CoverPage } from './sections/cover-page'
import { LogframePrint } from '../exercises/logframe/logframe-print'
import { MatchingSection } from './sections/matching-section'
import { ProblemSection } from './sections/problem-section'
import { SignOffPrint } from '../exercises/sign-off/sign-off-print'
import { SituationSection } from './sections/situation-section'
import { SummarySection } from './sections/summary-section'
import { TargetsSection } from './sections/targets-section'
import type { CountyPrintData } from './use-print-data'

/** The plan's title, or a title made from the county's name while the group has not given one. */
export function usePlanTitle(data: Pick<CountyPrintData, 'plan' | 'county'>): string {
  const { t, locale } = usePrint()
  return data.plan.info.title.trim() || t('fallbackTitle', { county: countyName(data.county, locale) })
}

/** A county's plan as a printable document: the sections of docs/domain.md "The exported county plan". */
export function PlanDocument({ data, exportedAt }: { data: CountyPrintData; exportedAt: string }) {
  const { locale } = usePrint()
  const { plan, county, workshop, participants, povertyLines } = data
  const title = usePlanTitle(data)
  const headlines = planHeadlines(plan, povertyLines, locale)
  const draft = plan.info.status !== 'final'
  return (
    <article className="print-document">
      <PageFurniture header={planHeader(countyName(county, locale), title)} draft={draft} />
      <CoverPage
        title={title}
        plan={plan}
        county={county}
        workshop={workshop}
        participants={participants}
        partners={headlines.partners}
        exportedAt={exportedAt}
      />
      <SummarySection number={1} plan={plan} headlines={headlines} />
      <SituationSection number={2} plan={plan} county={county} povertyLines={povertyLines} />
      <ProblemSection number={3} plan={plan} />
      <MatchingSection number={4} plan={plan} />
      <TargetsSection number={5} plan={plan} povertyLines={povertyLines} />
      <ActionPlanPrint number={6} plan={plan} />
      <BudgetSection number={7} plan={plan} />
      <LogframePrint number={8} plan={plan} />
      <SignOffPrint number={10} plan={plan} facilitator={workshop.facilitator} />
      <AnnexSection number={11} county={county} participants={participants} povertyLines={povertyLines} />
    </article>
  )
}
