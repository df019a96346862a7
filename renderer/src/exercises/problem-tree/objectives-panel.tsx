import type * as Y from 'yjs'
import { addObjective } from '../../../../shared/exercises/problem-tree/problem-tree-doc'
import type { Objective, ProblemNode } from '../../../../shared/exercises/problem-tree/problem-tree-schema'
import { ObjectiveItem } from './objective-item'
import { AddTextForm } from '../../plan/fields/add-text-form'
import { useMessages } from '../../i18n/use-messages'
import { problemTreeUiMessages } from './problem-tree-ui-messages'

interface ObjectivesPanelProps {
  doc: Y.Doc
  objectives: readonly Objective[]
  nodes: readonly ProblemNode[]
  editable: boolean
  focusId: string | null
  onFocused: () => void
}

/**
 * The inverted tree: objectives made from cards or written directly, in the group's order of priority,
 * each to be rewritten as a positive statement.
 */
export function ObjectivesPanel({
  doc,
  objectives,
  nodes,
  editable,
  focusId,
  onFocused,
}: ObjectivesPanelProps) {
  const t = useMessages(problemTreeUiMessages)
  const ids = objectives.map((objective) => objective.id)
  const sourceText = (id: string | null) => {
    const node = id === null ? undefined : nodes.find((candidate) => candidate.id === id)
    return node ? node.text.trim() || t('untitled') : null
  }
  return (
    <section className="pt-objectives" aria-labelledby="pt-objectives-heading">
      <h3 id="pt-objectives-heading" className="pt-objectives-title">
        {t('objectives.heading')}
      </h3>
      <p className="pt-objectives-hint">{t('objectives.hint')}</p>
      {objectives.length === 0 ? (
        <p className="pt-empty">{t('objectives.empty')}</p>
      ) : (
        <ol className="pt-objective-list" aria-labelledby="pt-objectives-heading">
          {objectives.map((objective, index) => (
            <ObjectiveItem
              key={objective.id}
              doc={doc}
              objective={objective}
              position={index + 1}
              upBefore={index === 0 ? undefined : ids[index - 1]}
              downBefore={index === ids.length - 1 ? undefined : (ids[index + 2] ?? null)}
              source={sourceText(objective.sourceNodeId)}
              editable={editable}
              autoFocus={focusId === objective.id}
              onFocused={onFocused}
            />
          ))}
        </ol>
      )}
      <AddTextForm
        className="pt-objective-add"
        label={t('objectives.newObjective')}
        placeholder={t('objectives.newPlaceholder')}
        buttonLabel={t('objectives.add')}
        editable={editable}
        maxLength={500}
        onAdd={(text) => addObjective(doc, text)}
      />
    </section>
  )
}
