import {
  closestCenter,
  type CollisionDetection,
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MeasuringStrategy,
  MouseSensor,
  pointerWithin,
  TouchSensor,
  useSensor,
  useSensors,
} from '@dnd-kit/core'
import { Alert } from 'antd'
import { useMemo, useState } from 'react'
import type * as Y from 'yjs'
import { addProblemNode, moveProblemNode } from '../../../../shared/exercises/problem-tree/problem-tree-doc'
import type { Plan } from '../../../../shared/live/plan-schema'
import type { ProblemNode } from '../../../../shared/exercises/problem-tree/problem-tree-schema'
import type { ProblemNodeKind } from '../../../../shared/vocabulary/plan-vocabulary'
import { ObjectivesPanel } from './objectives-panel'
import { ProblemCard } from './problem-card'
import { ProblemCore } from './problem-core'
import { ProblemLayerRow } from './problem-layer-row'
import { ProblemMoveDialog } from './problem-move-dialog'
import { ProblemSide } from './problem-side'
import { problemTreeAnnouncements, problemTreeScreenReaderInstructions } from './problem-tree-announcements'
import { problemDrop } from './problem-tree-drop'
import { dropTargetCoordinates } from './problem-tree-keyboard'
import { branchOf, childCount, problemTreeLayers } from './problem-tree-layers'
import './problem-tree.css'
import { useMessages } from '../../i18n/use-messages'
import { problemTreeUiMessages } from './problem-tree-ui-messages'

/**
 * With a pointer, the card under it wins over the core and the side areas around it; with the keyboard
 * (no pointer) the card has been put on a target's centre, so the closest centre is that target.
 */
const collisionDetection: CollisionDetection = (args) => {
  if (!args.pointerCoordinates) return closestCenter(args)
  const hits = pointerWithin(args)
  const cards = hits.filter((hit) => !String(hit.id).startsWith('side:'))
  return cards.length > 0 ? cards : hits
}

/** A refused move, said on the board until the next action: who would hang on whom. */
interface LoopNotice {
  text: string
  target: string
}

/**
 * The problem tree as a layered board: effects above the core problem, causes below it, each layer a
 * row of cards grouped by the card they hang on; the objectives made from it underneath. Every move
 * is one moveProblemNode call, which refuses loops; the board explains a refusal instead of ignoring it.
 */
export function ProblemTreeBoard({ doc, plan, editable }: { doc: Y.Doc; plan: Plan; editable: boolean }) {
  const t = useMessages(problemTreeUiMessages)
  const nodes = plan.problemTree.nodes
  const layers = useMemo(() => problemTreeLayers(nodes), [nodes])
  const [activeId, setActiveId] = useState<string | null>(null)
  const [movingId, setMovingId] = useState<string | null>(null)
  const [focusCardId, setFocusCardId] = useState<string | null>(null)
  const [focusObjectiveId, setFocusObjectiveId] = useState<string | null>(null)
  const [notice, setNotice] = useState<LoopNotice | null>(null)
  const converted = useMemo(
    () => new Set(plan.objectives.flatMap((objective) => objective.sourceNodeId ?? [])),
    [plan.objectives],
  )
  const blocked = useMemo(() => (activeId ? branchOf(nodes, activeId) : new Set<string>()), [nodes, activeId])
  const textOf = (id: string) => nodes.find((node) => node.id === id)?.text.trim() || t('untitled')
  const sensors = useSensors(
    // A small distance or a short press, so clicks and scrolling on a tablet are not taken for drags.
    useSensor(MouseSensor, { activationConstraint: { distance: 4 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: dropTargetCoordinates }),
  )

  const move = (id: string, target: { parentId: string | null; side: ProblemNodeKind }) => {
    setNotice(null)
    const moved = moveProblemNode(doc, id, { parentId: target.parentId, kind: target.side })
    // Someone else may have just hung the target under this card: the document has the last word.
    if (!moved && target.parentId) setNotice({ text: textOf(id), target: textOf(target.parentId) })
  }
  const add = (side: ProblemNodeKind, parentId: string | null) => {
    setNotice(null)
    const id = addProblemNode(doc, { kind: side, parentId })
    if (id) setFocusCardId(id)
  }

  const renderCard = (node: ProblemNode, label: string) => (
    <ProblemCard
      key={node.id}
      doc={doc}
      node={node}
      label={label}
      editable={editable}
      converted={converted.has(node.id)}
      children={childCount(nodes, node.id)}
      blocked={activeId !== null && node.id !== activeId && blocked.has(node.id)}
      autoFocus={focusCardId === node.id}
      onFocused={() => setFocusCardId(null)}
      onAdded={setFocusCardId}
      onConverted={setFocusObjectiveId}
      onMove={(moving) => {
        setNotice(null)
        setMovingId(moving.id)
      }}
    />
  )
  const moving = movingId ? nodes.find((node) => node.id === movingId) : undefined

  return (
    <section aria-labelledby="pt-board-heading" className="plan-section pt-board">
      <h2 id="pt-board-heading" className="sr-only">
        {t('heading')}
      </h2>
      {notice && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          className="pt-notice"
          title={t('loop', { text: notice.text, target: notice.target })}
          closable={{ 'aria-label': t('dismiss'), onClose: () => setNotice(null) }}
        />
      )}
      <DndContext
        sensors={sensors}
        collisionDetection={collisionDetection}
        // Measured throughout the drag: the page scrolls under a finger or mouse near the edge.
        measuring={{ droppable: { strategy: MeasuringStrategy.Always } }}
        accessibility={{
          announcements: problemTreeAnnouncements(t, nodes, textOf),
          screenReaderInstructions: problemTreeScreenReaderInstructions(t),
        }}
        onDragStart={({ active }) => {
          setNotice(null)
          setActiveId(String(active.id))
        }}
        onDragCancel={() => setActiveId(null)}
        onDragEnd={({ active, over }) => {
          setActiveId(null)
          const id = String(active.id)
          const drop = problemDrop(nodes, id, over ? String(over.id) : null)
          if (drop.kind === 'move') move(id, drop)
          else if (drop.kind === 'loop' && over)
            setNotice({ text: textOf(id), target: textOf(String(over.id)) })
        }}
      >
        <div className="pt-tree">
          <ProblemSide
            side="effect"
            empty={layers.effects.length === 0}
            editable={editable}
            onAdd={() => add('effect', null)}
          >
            {layers.effects.map((layer) => (
              <ProblemLayerRow key={layer.depth} layer={layer} textOf={textOf} renderCard={renderCard} />
            ))}
          </ProblemSide>
          <ProblemCore doc={doc} text={plan.problemTree.coreProblem} editable={editable} />
          <ProblemSide
            side="cause"
            empty={layers.causes.length === 0}
            editable={editable}
            onAdd={() => add('cause', null)}
          >
            {layers.causes.map((layer) => (
              <ProblemLayerRow key={layer.depth} layer={layer} textOf={textOf} renderCard={renderCard} />
            ))}
          </ProblemSide>
        </div>
        <DragOverlay>
          {activeId ? (
            <div
              className="pt-card pt-card-overlay"
              data-kind={nodes.find((node) => node.id === activeId)?.kind}
            >
              {textOf(activeId)}
            </div>
          ) : null}
        </DragOverlay>
      </DndContext>
      <ObjectivesPanel
        doc={doc}
        objectives={plan.objectives}
        nodes={nodes}
        editable={editable}
        focusId={focusObjectiveId}
        onFocused={() => setFocusObjectiveId(null)}
      />
      {moving && (
        <ProblemMoveDialog
          node={moving}
          nodes={nodes}
          onCancel={() => setMovingId(null)}
          onMove={(target) => {
            setMovingId(null)
            move(moving.id, target)
          }}
        />
      )}
    </section>
  )
}
