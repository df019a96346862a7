/**
 * The exercises' screen strings not yet in their slices' catalogues, in Simplified Chinese (see
 * exercise-strings.ts). `en.ts` must have exactly the same keys (tests/unit/i18n/catalogues.test.ts).
 */
import { problemTreeMessages } from '../plan/problem-tree/problem-tree-messages'
import { dotVoteMessages } from '../plan/dot-vote/dot-vote-messages'
import { matchingMessages } from '../plan/matching/matching-messages'
import { targetsMessages } from '../plan/targets/targets-messages'
import { actionsMessages } from '../plan/actions/actions-messages'
import { budgetMessages } from '../plan/budget/budget-messages'
import { logframeMessages } from '../plan/logframe/logframe-messages'
import { signOffMessages } from '../plan/sign-off/sign-off-messages'
import { projectorMessages } from '../projector/projector-messages'

export const zhCN = {
  plan: {
    dataCard: {
      heading: '县情数据卡',
      intro:
        '填写最新的县情数据及其年份。按回车键或离开输入框后同步给组员；格式不对的数字不会保存，并在输入框下方说明原因。',
      fields: {
        population: '总人口（人）',
        poorVillages: '贫困村（个）',
        registeredPoorHouseholds: '建档立卡贫困户（户）',
        registeredPoorPeople: '建档立卡贫困人口（人）',
        baselineYear: '建档立卡数据年份',
        remainingPoorPeople: '现有贫困人口（人）',
        remainingPoorYear: '现有贫困人口年份',
        povertyIncidence: '贫困发生率（%）',
        ruralIncomePerCapita: '农村居民人均可支配收入（元）',
        incomeYear: '收入数据年份',
      },
    },
    summary: {
      heading: '现状概述',
      intro: '用几段话概述本县的贫困现状、致贫原因和发展基础。组员可以同时书写，每个人的光标都会显示姓名。',
    },
    swot: {
      heading: 'SWOT 看板',
      quadrants: {
        strengths: '优势',
        weaknesses: '劣势',
        opportunities: '机会',
        threats: '威胁',
      },
      hints: {
        strengths: '县内有利因素',
        weaknesses: '县内不利因素',
        opportunities: '外部有利因素',
        threats: '外部不利因素',
      },
      empty: '还没有卡片。',
      untitled: '空白卡片',
      newCard: '在“{{quadrant}}”中新建卡片',
      newCardPlaceholder: '每张卡片写一点，按回车添加',
      add: '添加',
      addTo: '到“{{quadrant}}”',
      cardText: '{{quadrant}}，第 {{position}} 张卡片',
      move: '移动卡片：{{text}}',
      delete: '删除卡片：{{text}}',
      deleteConfirm: '要为全组删除这张卡片吗？',
      deleteOk: '删除',
      deleteCancel: '保留',
      tooLong: {
        cut: '一张卡片最多 {{max}} 个字，只保存了前 {{max}} 个字。完整的文字在下面，可以复制后放到别处（例如现状概述），或拆成几张卡片。',
        fullText: '完整的文字（{{count}} 个字）',
        copy: '复制完整的文字',
        copied: '已复制。',
        copyByHand: '无法自动复制：请选中上面的文字，按 Ctrl+C 复制。',
        dismiss: '知道了',
        add: '一张卡片最多 {{max}} 个字，这段有 {{count}} 个字。请删短或拆成几张卡片后再添加。',
      },
      dnd: {
        instructions:
          '移动卡片：按空格键或回车键拿起卡片，用方向键在象限内或象限之间移动，再按空格键或回车键放下，按 Esc 键取消。',
        picked: '已拿起卡片“{{text}}”，位于“{{quadrant}}”第 {{position}} 位。',
        over: '将放到“{{quadrant}}”第 {{position}} 位。',
        back: '回到原处：“{{quadrant}}”第 {{position}} 位。',
        stays: '不在任何象限上，此时放下卡片将留在原处。',
        dropped: '卡片“{{text}}”已移到“{{quadrant}}”第 {{position}} 位。',
        unchanged: '卡片“{{text}}”留在原处。',
        cancelled: '已取消移动，卡片“{{text}}”留在原处。',
      },
    },
    problemTree: problemTreeMessages['zh-CN'],
    dotVote: dotVoteMessages['zh-CN'],
    matching: matchingMessages['zh-CN'],
    targets: targetsMessages['zh-CN'],
    actions: actionsMessages['zh-CN'],
    budget: budgetMessages['zh-CN'],
    logframe: logframeMessages['zh-CN'],
    signOff: signOffMessages['zh-CN'],
  },
  // The spotlights still read `projector.spotlight.*` here until each one reads its exercise's catalogue.
  projector: projectorMessages.messages['zh-CN'],
}

/** The shape every language must have: the same keys, each a string. */
export type Messages = typeof zhCN
