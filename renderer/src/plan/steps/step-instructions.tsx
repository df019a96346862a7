import { Collapse, Typography } from 'antd'
import { textsOf } from '../../../../shared/exercises/exercise-definition'
import { EXERCISE_DEFINITIONS } from '../../../../shared/exercises/exercise-definitions'
import { useLanguage } from '../../i18n/use-language'
import type { WorkspaceStep } from './workspace-steps'
import { useMessages } from '../../i18n/use-messages'
import { planMessages } from '../plan-messages'

/** The current step's title, purpose, instructions and prompts, read from its definition in the UI language. */
export function StepInstructions({ step }: { step: WorkspaceStep }) {
  const t = useMessages(planMessages)
  const language = useLanguage()
  const texts = textsOf(EXERCISE_DEFINITIONS[step], language)
  return (
    <header className="step-instructions">
      <Typography.Title level={2} className="step-title" id="step-heading">
        {texts.title}
      </Typography.Title>
      <Typography.Paragraph className="step-purpose">{texts.purpose}</Typography.Paragraph>
      <ol className="step-instruction-list" aria-label={t('steps.instructions')}>
        {texts.instructions.map((instruction) => (
          <li key={instruction}>{instruction}</li>
        ))}
      </ol>
      {texts.prompts.length > 0 && (
        // Prompts are for a stuck group: folded away so the editor stays in view on a laptop screen.
        <Collapse
          size="small"
          className="step-prompts"
          items={[
            {
              key: 'prompts',
              label: t('steps.prompts'),
              children: (
                <ul className="step-prompt-list">
                  {texts.prompts.map((prompt) => (
                    <li key={prompt}>{prompt}</li>
                  ))}
                </ul>
              ),
            },
          ]}
        />
      )}
    </header>
  )
}
