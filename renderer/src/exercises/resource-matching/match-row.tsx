import { DeleteOutlined } from '@ant-design/icons'
import { Button, Popconfirm, Select } from 'antd'
import { type ReactNode, useId } from 'react'
import type * as Y from 'yjs'
import { textIn } from '../../../../shared/locale/locale'
import {
  deleteMatch,
  updateMatch,
} from '../../../../shared/exercises/resource-matching/resource-matching-doc'
import type { Match } from '../../../../shared/exercises/resource-matching/resource-matching-schema'
import { MATCH_STATUSES, MATCH_STATUS_LABELS } from '../../../../shared/vocabulary/plan-vocabulary'
import { useLanguage } from '../../i18n/use-language'
import { LiveTextInput } from '../../plan/fields/live-text-input'
import { MatchConvert } from './match-convert'
import { MatchStatusTag } from './match-status-tag'
import { useMessages } from '../../i18n/use-messages'
import { resourceMatchingUiMessages } from './resource-matching-ui-messages'

interface MatchRowProps {
  doc: Y.Doc
  match: Match
  /** Whether an action already grew from this match. */
  converted: boolean
  editable: boolean
  /** More controls at the end of the row (putting a stray match under a need). */
  extra?: ReactNode
}

/**
 * One match under its need: the resource as copied into the plan, the commitment, the county's owner
 * and the status, edited in place; delete behind a confirmation; and "turn into action", which then
 * links to the action plan instead.
 */
export function MatchRow({ doc, match, converted, editable, extra }: MatchRowProps) {
  const t = useMessages(resourceMatchingUiMessages)
  const language = useLanguage()
  const fieldId = useId()
  const resource = textIn(match.resourceTitle, language)
  const provider = textIn(match.resourceProvider, language)

  return (
    <li className="match-row" data-match-id={match.id}>
      <div className="match-head">
        <div className="match-resource">
          <span className="match-title">{resource}</span>
          <span className="match-provider">{t('match.provider', { provider })}</span>
        </div>
        <div className="match-tools">
          <MatchConvert
            doc={doc}
            matchId={match.id}
            resource={resource}
            converted={converted}
            editable={editable}
          />
          <Popconfirm
            title={t('match.deleteConfirm')}
            okText={t('needs.deleteOk')}
            cancelText={t('needs.deleteCancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() => deleteMatch(doc, match.id)}
            disabled={!editable}
          >
            <Button
              type="text"
              className="match-delete"
              icon={<DeleteOutlined aria-hidden />}
              aria-label={t('match.delete', { resource })}
              disabled={!editable}
            />
          </Popconfirm>
        </div>
      </div>
      <div className="match-fields">
        <div className="match-field match-field-commitment">
          <label htmlFor={`${fieldId}-commitment`}>{t('match.commitment')}</label>
          <LiveTextInput
            multiline
            id={`${fieldId}-commitment`}
            value={match.commitment}
            onSave={(commitment) => updateMatch(doc, match.id, { commitment })}
            aria-label={t('match.commitmentOf', { resource })}
            placeholder={t('match.commitmentPlaceholder')}
            disabled={!editable}
            maxLength={1000}
          />
        </div>
        <div className="match-field">
          <label htmlFor={`${fieldId}-owner`}>{t('match.owner')}</label>
          <LiveTextInput
            id={`${fieldId}-owner`}
            value={match.owner}
            onSave={(owner) => updateMatch(doc, match.id, { owner })}
            aria-label={t('match.ownerOf', { resource })}
            placeholder={t('match.ownerPlaceholder')}
            disabled={!editable}
            maxLength={200}
          />
        </div>
        <div className="match-field">
          <label htmlFor={`${fieldId}-status`}>{t('match.status')}</label>
          <Select
            id={`${fieldId}-status`}
            className="match-status-select"
            value={match.status}
            onChange={(status) => updateMatch(doc, match.id, { status })}
            aria-label={t('match.statusOf', { resource })}
            disabled={!editable}
            options={MATCH_STATUSES.map((status) => ({
              value: status,
              label: MATCH_STATUS_LABELS[status][language],
            }))}
            labelRender={({ value }) => <MatchStatusTag status={value as Match['status']} />}
          />
        </div>
      </div>
      {extra}
    </li>
  )
}
