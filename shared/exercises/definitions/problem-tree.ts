import type { ExerciseDefinition } from '../exercise-definition'
import { filled } from '../exercise-definition'

export const PROBLEM_TREE: ExerciseDefinition = {
  kind: 'problem-tree',
  title: { 'zh-CN': '问题树', en: 'Problem tree' },
  purpose: {
    'zh-CN': '找准一个核心问题，向下追原因、向上看影响，再把问题转化为目标。',
    en: 'Agree on one core problem, trace its causes below and its effects above, then turn problems into objectives.',
  },
  instructions: [
    {
      'zh-CN': '小组讨论，用一句话写下核心问题，放在树干位置，例如“贫困户养的乌鸡卖不上价”。',
      en: 'Agree on the core problem in one sentence and put it on the trunk, e.g. “Poor households cannot get a good price for their chickens”.',
    },
    {
      'zh-CN': '在核心问题下方添加原因卡片；对每个原因再问“为什么”，把更深一层的原因挂在它下面。',
      en: 'Add cause cards below the core problem. Ask “why?” of each one and hang the deeper causes below it.',
    },
    {
      'zh-CN': '在核心问题上方添加影响卡片：这个问题给贫困户和全县带来了什么后果。',
      en: 'Add effect cards above the core problem: what it leads to for poor households and for the county.',
    },
    {
      'zh-CN': '一张卡片只写一件事，写成现状而不是“缺少某个项目”（写“冷链运输成本高”，不写“缺冷链项目”）。',
      en: 'One point per card, written as a condition rather than a missing project (“cold-chain transport is costly”, not “no cold-chain project”).',
    },
    {
      'zh-CN': '把树“倒过来”：把能着手解决的原因卡片转化为目标，并改写成正面表述（“降低冷链运输成本”）。',
      en: 'Invert the tree: turn the causes you can act on into objectives and rewrite them as positive statements (“cut the cost of cold-chain transport”).',
    },
  ],
  prompts: [
    {
      'zh-CN': '如果只能解决一个问题，是哪一个？',
      en: 'If you could solve only one problem, which would it be?',
    },
    { 'zh-CN': '这个原因背后还有什么原因？', en: 'What lies behind this cause?' },
    {
      'zh-CN': '哪些原因县里自己能改变，哪些需要外部资源？',
      en: 'Which causes can the county change itself, and which need outside resources?',
    },
  ],
  defaultMinutes: 90,
  sections: ['problem-analysis', 'logframe'],
  criteria: [
    {
      id: 'core-problem',
      label: { 'zh-CN': '写下核心问题', en: 'State the core problem' },
      met: ({ problemTree }) => filled(problemTree.coreProblem),
    },
    {
      id: 'causes',
      label: { 'zh-CN': '至少列出两个原因', en: 'List at least two causes' },
      met: ({ problemTree }) =>
        problemTree.nodes.filter((node) => node.kind === 'cause' && filled(node.text)).length >= 2,
    },
    {
      id: 'effects',
      label: { 'zh-CN': '至少列出一个影响', en: 'List at least one effect' },
      met: ({ problemTree }) => problemTree.nodes.some((node) => node.kind === 'effect' && filled(node.text)),
    },
    {
      id: 'objectives',
      label: { 'zh-CN': '至少把一个问题转化为目标', en: 'Turn at least one problem into an objective' },
      met: ({ objectives }) => objectives.some((objective) => filled(objective.text)),
    },
  ],
}
