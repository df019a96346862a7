import { planHeadlines } from '../../../shared/export/plan-headlines'
import { countyName } from '../../../shared/export/county-names'
import { BudgetPrint } from '../exercises/budget/budget-print'
import { CountyDataCardPrint } from '../exercises/county-data-card/county-data-card-print'
import { DotVotePrint } from '../exercises/dot-vote/dot-vote-print'
import { ProblemTreePrint } from '../exercises/problem-tree/problem-tree-print'
import { ResourceMatchingPrint } from '../exercises/resource-matching/resource-matching-print'
import { SwotPrint } from '../exercises/swot/swot-print'
import { TargetSettingPrint } from '../exercises/target-setting/target-setting-print'
import { PageFurniture, planHeader } from './page-furniture'
import { usePrint } from './print-context'
import { PrintSection } from './print-section'
import { ActionPlanPrint } from '../exercises/action-plan/action-plan-print'
import { AnnexSection } from './sections/annex-section'
import { CoverPage } from './sections/cover-page'
import { LogframePrint } from '../exercises/logframe/logframe-print'
import { SignOffPrint } from '../exercises/sign-off/sign-off-print'
import { SummarySection } from './sections/summary-section'
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
      <CountyDataCardPrint number={2} plan={plan} county={county} povertyLines={povertyLines} />
      <PrintSection section="problem-analysis" number={3}>
        <ProblemTreePrint plan={plan} />
        <SwotPrint plan={plan} />
        <DotVotePrint plan={plan} />
      </PrintSection>
      <ResourceMatchingPrint number={4} plan={plan} />
      <TargetSettingPrint number={5} plan={plan} povertyLines={povertyLines} />
      <ActionPlanPrint number={6} plan={plan} />
      <BudgetPrint number={7} plan={plan} />
      <LogframePrint number={8} plan={plan} />
      <SignOffPrint number={10} plan={plan} facilitator={workshop.facilitator} />
      <AnnexSection number={11} county={county} participants={participants} povertyLines={povertyLines} />
    </article>
  )
}
