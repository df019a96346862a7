import type { ProblemNode, ProblemTree } from '../../../../shared/exercises/problem-tree/problem-tree-schema'
import { usePrint, usePrintMessages } from '../../print/print-context'
import { problemTreeUiMessages } from './problem-tree-ui-messages'
import './problem-tree-print.css'

/** Cards under one top card, each with its depth, in the tree's order (parents before children). */
function branches(nodes: readonly ProblemNode[], kind: ProblemNode['kind']) {
  const tops = nodes.filter((node) => node.kind === kind && node.parentId === null)
  const childrenOf = (id: string) => nodes.filter((node) => node.parentId === id)
  const descendants = (id: string): ProblemNode[] =>
    childrenOf(id).flatMap((child) => [child, ...descendants(child.id)])
  return tops.map((top) => ({ top, below: descendants(top.id) }))
}

function BranchRow({ nodes, kind }: { nodes: readonly ProblemNode[]; kind: ProblemNode['kind'] }) {
  const { t: print } = usePrint()
  const t = usePrintMessages(problemTreeUiMessages)
  const list = branches(nodes, kind)
  return (
    <div className={`print-tree-row print-tree-row--${kind}`}>
      <p className="print-tree-label">{t(`sideHeadings.${kind}`)}</p>
      {list.length === 0 ? (
        <p className="print-empty">{print('notFilled')}</p>
      ) : (
        <ul className="print-tree-branches">
          {list.map(({ top, below }) => (
            <li key={top.id} className="print-tree-branch">
              <p className="print-tree-top">{top.text}</p>
              {below.length > 0 && (
                <ul className="print-tree-below">
                  {below.map((node) => (
                    <li key={node.id} style={{ marginInlineStart: `${(node.depth - 2) * 1.2}em` }}>
                      {node.text}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

/**
 * The problem tree the way groups draw it: effects on top, the core problem in the middle, causes
 * below. Each branch is one box with its deeper cards indented under its first card.
 */
export function ProblemTreeFigure({ tree }: { tree: ProblemTree }) {
  const { t: print } = usePrint()
  const t = usePrintMessages(problemTreeUiMessages)
  return (
    <figure className="print-tree" aria-label={t('print.tree')}>
      <BranchRow nodes={tree.nodes} kind="effect" />
      <div className="print-tree-core">
        <p className="print-tree-label">{t('core.heading')}</p>
        <p className="print-tree-core-text">{tree.coreProblem.trim() || print('notGiven')}</p>
      </div>
      <BranchRow nodes={tree.nodes} kind="cause" />
    </figure>
  )
}
