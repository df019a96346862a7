import { DeleteOutlined, HolderOutlined } from '@ant-design/icons'
import { useSortable } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import { Button, Popconfirm, Select } from 'antd'
import type * as Y from 'yjs'
import { deleteNeed, updateNeed } from '../../../../shared/exercises/resource-matching/resource-matching-doc'
import type { Match, Need } from '../../../../shared/exercises/resource-matching/resource-matching-schema'
import { NEED_KINDS, NEED_KIND_LABELS } from '../../../../shared/vocabulary/plan-vocabulary'
import { useLanguage } from '../../i18n/use-language'
import { LiveTextInput } from '../../plan/fields/live-text-input'
import { MatchRow } from './match-row'
import { needDragId } from './matching-drop'
import { useMessages } from '../../i18n/use-messages'
import { resourceMatchingUiMessages } from './resource-matching-ui-messages'

interface NeedCardProps {
  doc: Y.Doc
  need: Need
  position: number
  matches: Match[]
  convertedMatchIds: ReadonlySet<string>
  editable: boolean
}

/**
 * One need or product: a drag handle (to reorder), its kind and text edited in place, delete behind a
 * confirmation that says its matches go too, and its matches underneath. The whole card takes dropped
 * resources.
 */
export function NeedCard({ doc, need, position, matches, convertedMatchIds, editable }: NeedCardProps) {
  const t = useMessages(resourceMatchingUiMessages)
  const language = useLanguage()
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
    isOver,
    active,
  } = useSortable({ id: needDragId(need.id), disabled: !editable })
  const label = need.text.trim() || t('needs.untitled')
  const kind = NEED_KIND_LABELS[need.kind][language]
  const resourceOver = isOver && String(active?.id ?? '').startsWith('resource:')

  return (
    <li
      ref={setNodeRef}
      className="need-card"
      data-need-id={need.id}
      data-kind={need.kind}
      data-dragging={isDragging || undefined}
      data-over={resourceOver || undefined}
      style={{ transform: CSS.Translate.toString(transform), transition }}
    >
      <div className="need-head">
        <button
          type="button"
          ref={setActivatorNodeRef}
          className="need-handle"
          {...attributes}
          {...listeners}
          aria-label={t('needs.move', { text: label })}
          disabled={!editable}
        >
          <HolderOutlined aria-hidden />
        </button>
        <Select
          className="need-kind"
          size="small"
          value={need.kind}
          onChange={(value) => updateNeed(doc, need.id, { kind: value })}
          aria-label={t('needs.kindOf', { position })}
          disabled={!editable}
          popupMatchSelectWidth={false}
          options={NEED_KINDS.map((value) => ({ value, label: NEED_KIND_LABELS[value][language] }))}
        />
        <LiveTextInput
          multiline
          className="need-text"
          variant="borderless"
          value={need.text}
          onSave={(text) => updateNeed(doc, need.id, { text })}
          aria-label={t('needs.text', { position, kind })}
          disabled={!editable}
          maxLength={500}
        />
        <Popconfirm
          title={
            matches.length > 0
              ? t('needs.deleteConfirmMatches', { count: matches.length })
              : t('needs.deleteConfirm')
          }
          okText={t('needs.deleteOk')}
          cancelText={t('needs.deleteCancel')}
          okButtonProps={{ danger: true }}
          onConfirm={() => deleteNeed(doc, need.id)}
          disabled={!editable}
        >
          <Button
            type="text"
            className="need-delete"
            icon={<DeleteOutlined aria-hidden />}
            aria-label={t('needs.delete', { text: label })}
            disabled={!editable}
          />
        </Popconfirm>
      </div>
      {matches.length > 0 ? (
        <ul className="match-list" aria-label={t('needs.matchesOf', { text: label })}>
          {matches.map((match) => (
            <MatchRow
              key={match.id}
              doc={doc}
              match={match}
              converted={convertedMatchIds.has(match.id)}
              editable={editable}
            />
          ))}
        </ul>
      ) : (
        <p className="need-drop-hint">{t('needs.dropHint')}</p>
      )}
    </li>
  )
}
