import { defineCatalogue } from '../../i18n/catalogue'

/** What the group and the facilitator read about this exercise, in both languages (see problem-tree-definition.ts). */
export const problemTreeMessages = defineCatalogue(
  'exercise-problem-tree',
  {
    title: '问题树',
    purpose: '找准一个核心问题，向下追原因、向上看影响，再把问题转化为目标。',
    instructions: [
      '小组讨论，用一句话写下核心问题，放在树干位置，例如“贫困户养的乌鸡卖不上价”。',
      '在核心问题下方添加原因卡片；对每个原因再问“为什么”，把更深一层的原因挂在它下面。',
      '在核心问题上方添加影响卡片：这个问题给贫困户和全县带来了什么后果。',
      '一张卡片只写一件事，写成现状而不是“缺少某个项目”（写“冷链运输成本高”，不写“缺冷链项目”）。',
      '把树“倒过来”：把能着手解决的原因卡片转化为目标，并改写成正面表述（“降低冷链运输成本”）。',
    ],
    prompts: [
      '如果只能解决一个问题，是哪一个？',
      '这个原因背后还有什么原因？',
      '哪些原因县里自己能改变，哪些需要外部资源？',
    ],
    criteria: {
      'core-problem': '写下核心问题',
      causes: '至少列出两个原因',
      effects: '至少列出一个影响',
      objectives: '至少把一个问题转化为目标',
    },
  },
  {
    title: 'Problem tree',
    purpose:
      'Agree on one core problem, trace its causes below and its effects above, then turn problems into objectives.',
    instructions: [
      'Agree on the core problem in one sentence and put it on the trunk, e.g. “Poor households cannot get a good price for their chickens”.',
      'Add cause cards below the core problem. Ask “why?” of each one and hang the deeper causes below it.',
      'Add effect cards above the core problem: what it leads to for poor households and for the county.',
      'One point per card, written as a condition rather than a missing project (“cold-chain transport is costly”, not “no cold-chain project”).',
      'Invert the tree: turn the causes you can act on into objectives and rewrite them as positive statements (“cut the cost of cold-chain transport”).',
    ],
    prompts: [
      'If you could solve only one problem, which would it be?',
      'What lies behind this cause?',
      'Which causes can the county change itself, and which need outside resources?',
    ],
    criteria: {
      'core-problem': 'State the core problem',
      causes: 'List at least two causes',
      effects: 'List at least one effect',
      objectives: 'Turn at least one problem into an objective',
    },
  },
)
