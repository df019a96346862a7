import { DownOutlined, HolderOutlined } from '@ant-design/icons'
import { useDraggable } from '@dnd-kit/core'
import { Button, Dropdown } from 'antd'
import { textIn } from '../../../../shared/locale/locale'
import type { Need } from '../../../../shared/exercises/resource-matching/resource-matching-schema'
import type { Resource } from '../../../../shared/resources/resource-schema'
import { useLanguage } from '../../i18n/use-language'
import { resourceDragId } from './matching-drop'
import { useMessages } from '../../i18n/use-messages'
import { resourceMatchingUiMessages } from './resource-matching-ui-messages'

interface ResourceItemProps {
  resource: Resource
  needs: Need[]
  /** Ids of the needs this resource is already matched to. */
  matchedNeedIds: ReadonlySet<string>
  onMatch: (needId: string) => void
  editable: boolean
}

/**
 * A catalogue resource: its title and provider are the drag handle (mouse, touch, or focus and Space);
 * "Match to…" picks a need from a menu, for whoever finds dragging awkward.
 */
export function ResourceItem({ resource, needs, matchedNeedIds, onMatch, editable }: ResourceItemProps) {
  const t = useMessages(resourceMatchingUiMessages)
  const language = useLanguage()
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: resourceDragId(resource.id),
    disabled: !editable,
  })
  const title = textIn(resource.title, language)
  const description = textIn(resource.description, language)
  const untitled = t('needs.untitled')
  return (
    <li
      ref={setNodeRef}
      className="resource-item"
      data-resource-id={resource.id}
      data-dragging={isDragging || undefined}
    >
      <button
        type="button"
        ref={setActivatorNodeRef}
        className="resource-grab"
        {...attributes}
        {...listeners}
        aria-label={t('catalogue.drag', { title })}
        disabled={!editable}
      >
        <HolderOutlined aria-hidden className="resource-grab-icon" />
        <span className="resource-title">{title}</span>
        <span className="resource-provider">{textIn(resource.provider, language)}</span>
      </button>
      {description !== '' && <p className="resource-description">{description}</p>}
      <div className="resource-foot">
        {matchedNeedIds.size > 0 && (
          <span className="resource-matched">
            {t('catalogue.matchedCount', { count: matchedNeedIds.size })}
          </span>
        )}
        <Dropdown
          trigger={['click']}
          autoFocus
          disabled={!editable || needs.length === 0}
          menu={{
            items: needs.map((need) => ({
              key: need.id,
              disabled: matchedNeedIds.has(need.id),
              label: matchedNeedIds.has(need.id)
                ? t('catalogue.matchedNeed', { need: need.text.trim() || untitled })
                : need.text.trim() || untitled,
            })),
            onClick: ({ key }) => onMatch(key),
          }}
        >
          <Button
            size="small"
            className="resource-match-to"
            aria-label={t('catalogue.matchToLabel', { title })}
            disabled={!editable || needs.length === 0}
          >
            {t('catalogue.matchTo')} <DownOutlined aria-hidden />
          </Button>
        </Dropdown>
      </div>
    </li>
  )
}
