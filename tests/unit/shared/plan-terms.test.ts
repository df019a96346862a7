import { describe, expect, it } from 'vitest'
import { budgetUiMessages } from '../../../renderer/src/exercises/budget/budget-ui-messages'
import { countyDataCardUiMessages } from '../../../renderer/src/exercises/county-data-card/county-data-card-ui-messages'
import { dotVoteUiMessages } from '../../../renderer/src/exercises/dot-vote/dot-vote-ui-messages'
import { problemTreeUiMessages } from '../../../renderer/src/exercises/problem-tree/problem-tree-ui-messages'
import { swotUiMessages } from '../../../renderer/src/exercises/swot/swot-ui-messages'
import { resourceMatchingUiMessages } from '../../../renderer/src/exercises/resource-matching/resource-matching-ui-messages'
import { targetSettingUiMessages } from '../../../renderer/src/exercises/target-setting/target-setting-ui-messages'
import { messageLeaves, type Catalogue } from '../../../shared/i18n/catalogue'
import { actionPlanUiMessages } from '../../../renderer/src/exercises/action-plan/action-plan-ui-messages'
import { logframeUiMessages } from '../../../renderer/src/exercises/logframe/logframe-ui-messages'
import { signOffUiMessages } from '../../../renderer/src/exercises/sign-off/sign-off-ui-messages'
import { printMessages } from '../../../renderer/src/print/print-messages'
import type { Locale } from '../../../shared/locale/locale'
import { validationMessages } from '../../../shared/validation/validation-messages'
import { PLAN_TERMS, type PlanTerm } from '../../../shared/vocabulary/plan-terms'

/** The exercises' own screen strings, keyed `<namespace>:<key>` as i18next names them. */
const SLICE_CATALOGUES: Catalogue[] = [
  actionPlanUiMessages,
  budgetUiMessages,
  countyDataCardUiMessages,
  dotVoteUiMessages,
  logframeUiMessages,
  problemTreeUiMessages,
  resourceMatchingUiMessages,
  signOffUiMessages,
  swotUiMessages,
  targetSettingUiMessages,
]
const sliceLeaves = (locale: Locale): [string, string][] =>
  SLICE_CATALOGUES.flatMap((catalogue) =>
    messageLeaves(catalogue.messages[locale], `${catalogue.namespace}:`),
  )

/** Where the editors (plan.*) and the printed plan (print.*) name a concept: each must be the glossary's term. */
const TERM_LABELS: [string, PlanTerm][] = [
  ['ui-target-setting:table.columns.baseline', 'baseline'],
  ['ui-target-setting:table.columns.baselineValue', 'baselineValue'],
  ['ui-target-setting:table.columns.baselineYear', 'baselineYear'],
  ['ui-target-setting:table.columns.verificationSource', 'verificationSource'],
  ['ui-target-setting:table.columns.responsibleUnit', 'responsibleUnit'],
  ['ui-target-setting:benefit.gap.line', 'povertyLine'],
  ['ui-logframe:matrix.verification', 'verificationSource'],
  ['print.targets.baseline', 'baseline'],
  ['print.targets.verification', 'verificationSource'],
  ['print.targets.responsible', 'responsibleUnit'],
  ['print.annex.line', 'povertyLine'],
]

/** The other names these concepts went by; no string of the app may use them. */
const RETIRED: Record<Locale, string[]> = {
  'zh-CN': ['核验来源', '基期值', '扶贫标准', '贫困标准'],
  en: ['Means of verification', 'Base value'],
}

describe('plan glossary', () => {
  for (const locale of ['zh-CN', 'en'] as const) {
    const strings = new Map([
      ...sliceLeaves(locale),
      ...messageLeaves(printMessages.messages[locale]).map(([key, text]): [string, string] => [
        `print.${key}`,
        text,
      ]),
    ])

    it(`${locale}: the editors and the printed plan name each concept by the glossary's term`, () => {
      const differing = TERM_LABELS.filter(([key, term]) => strings.get(key) !== PLAN_TERMS[term][locale])
      expect(
        differing.map(([key, term]) => `${key}: ${strings.get(key)} ≠ ${PLAN_TERMS[term][locale]}`),
      ).toEqual([])
    })

    it(`${locale}: no screen, printed page or message uses another name for a glossary concept`, () => {
      const texts = [...strings, ...messageLeaves(validationMessages.messages[locale])]
      const offending = texts.filter(([, text]) => RETIRED[locale].some((synonym) => text.includes(synonym)))
      expect(offending.map(([key, text]) => `${key}: ${text}`)).toEqual([])
    })
  }
})
