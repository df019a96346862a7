import { AimOutlined } from '@ant-design/icons'
import { Button, Checkbox, Flex, Select, Typography } from 'antd'
import type { County } from '../../../shared/county/county-schema'
import { exerciseTitle } from '../../../shared/exercises/exercise-definitions'
import {
  SPOTLIGHT_KINDS,
  spotlightKindFor,
  type SpotlightKind,
} from '../../../shared/session/projector-modes'
import type { RunState } from '../../../shared/session/run-state'
import { useLanguage } from '../i18n/use-language'
import { bilingual } from '../workshop-setup/counties/county-name'
import type { ConsoleActions } from './use-console-actions'
import { useMessages } from '../i18n/use-messages'
import { consoleMessages } from './console-messages'

/** Which county (and which of its work) the projector spotlights. */
export function SpotlightPicker({
  run,
  counties,
  actions,
}: {
  run: RunState
  counties: readonly County[]
  actions: ConsoleActions
}) {
  const t = useMessages(consoleMessages)
  const language = useLanguage()
  if (counties.length === 0)
    return <Typography.Text type="secondary">{t('projector.noCounties')}</Typography.Text>
  const countyId = run.spotlight?.countyId ?? counties[0]!.id
  const kind: SpotlightKind = run.spotlight?.kind ?? spotlightKindFor(run.currentKind)
  const showing = run.projectorMode === 'spotlight'
  return (
    <Flex wrap gap={8} align="center">
      <Select<string>
        aria-label={t('projector.spotlightCounty')}
        value={countyId}
        onChange={(value) => actions.spotlight(value, kind, showing)}
        style={{ minWidth: 160 }}
        options={counties.map((county) => ({
          value: county.id,
          label: bilingual(county.name, county.nameEn, language).primary,
        }))}
        data-testid="spotlight-county"
      />
      <Select<SpotlightKind>
        aria-label={t('projector.spotlightExercise')}
        value={kind}
        onChange={(value) => actions.spotlight(countyId, value, showing)}
        style={{ minWidth: 160 }}
        options={SPOTLIGHT_KINDS.map((value) => ({
          value,
          label: exerciseTitle(value, language),
        }))}
        data-testid="spotlight-kind"
      />
      <Button
        icon={<AimOutlined aria-hidden />}
        onClick={() => actions.spotlight(countyId, kind, true)}
        aria-keyshortcuts="S"
      >
        {t('projector.showSpotlight')}
      </Button>
      <Checkbox
        checked={run.spotlightComments}
        onChange={(event) => actions.showSpotlightComments(event.target.checked)}
        data-testid="spotlight-comments"
      >
        {t('projector.spotlightComments')}
      </Checkbox>
    </Flex>
  )
}
