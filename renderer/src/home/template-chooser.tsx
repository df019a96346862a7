import { Radio, Typography } from 'antd'
import { PROGRAM_TEMPLATES } from '../../../shared/program/program-templates'
import { PROGRAM_TEMPLATE_IDS, type ProgramTemplateId } from '../../../shared/workshop/workshop-schema'
import { programMessages } from '../../../shared/program/program-messages'
import { useMessages } from '../i18n/use-messages'
import { workshopFormMessages } from '../workshop-form/workshop-form-messages'

interface TemplateChooserProps {
  id?: string
  value?: ProgramTemplateId
  onChange?: (value: ProgramTemplateId) => void
}

/** The program templates as radio cards: title, length and what each day does. */
export function TemplateChooser({ id, value, onChange }: TemplateChooserProps) {
  const t = useMessages(workshopFormMessages)
  const tProgram = useMessages(programMessages)
  return (
    <Radio.Group
      id={id}
      value={value}
      onChange={(event) => onChange?.(event.target.value as ProgramTemplateId)}
      style={{ display: 'flex', flexDirection: 'column', gap: 8, width: '100%' }}
    >
      {PROGRAM_TEMPLATE_IDS.map((templateId) => {
        const template = PROGRAM_TEMPLATES[templateId]
        return (
          <Radio
            key={templateId}
            value={templateId}
            style={{
              alignItems: 'flex-start',
              border: '1px solid #d9d9d9',
              borderColor: value === templateId ? '#1554b8' : '#d9d9d9',
              borderRadius: 8,
              padding: '8px 12px',
              marginInlineEnd: 0,
            }}
          >
            <strong>{tProgram(`${templateId}.title`)}</strong>{' '}
            <Typography.Text type="secondary">
              ({t('templateDays', { days: template.days.length })})
            </Typography.Text>
            <br />
            <Typography.Text type="secondary">{tProgram(`${templateId}.description`)}</Typography.Text>
          </Radio>
        )
      })}
    </Radio.Group>
  )
}
