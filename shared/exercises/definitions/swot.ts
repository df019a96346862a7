import type { SwotQuadrant } from '../../live/plan-schema'
import type { Localized } from '../../locale/locale'
import type { CompletenessCriterion, ExerciseDefinition } from '../exercise-definition'
import { filled } from '../exercise-definition'

const quadrant = (id: SwotQuadrant, label: Localized): CompletenessCriterion => ({
  id,
  label,
  met: ({ swot }) => swot.some((card) => card.quadrant === id && filled(card.text)),
})

export const SWOT: ExerciseDefinition = {
  kind: 'swot',
  title: { 'zh-CN': 'SWOT 分析', en: 'SWOT analysis' },
  purpose: {
    'zh-CN': '盘点全县的优势、劣势、机会和威胁，为资源对接和目标设定做准备。',
    en: "Take stock of the county's strengths, weaknesses, opportunities and threats, ahead of resource matching and targets.",
  },
  instructions: [
    {
      'zh-CN':
        '优势和劣势说的是县里自身（产品、人才、基础设施）；机会和威胁来自外部（政策、市场、合作伙伴）。',
      en: 'Strengths and weaknesses are about the county itself (products, people, infrastructure); opportunities and threats come from outside (policy, markets, partners).',
    },
    {
      'zh-CN': '每张卡片写一点，尽量具体，可以引用数据卡中的数字。',
      en: 'One point per card, as specific as you can; quote figures from the data card.',
    },
    {
      'zh-CN': '拖动卡片可以调整顺序或换到另一个象限，重要的放在前面。',
      en: 'Drag cards to reorder them or to move them to another quadrant; put the most important first.',
    },
    {
      'zh-CN': '四个象限都写上内容后，再进入圆点投票。',
      en: 'Fill all four quadrants before the dot-vote.',
    },
  ],
  prompts: [
    {
      'zh-CN': '我们的产品比别的县好在哪里？',
      en: "What makes our products better than other counties'?",
    },
    {
      'zh-CN': '哪些短板会让网上销售做不起来？',
      en: 'Which weaknesses could stop online sales from taking off?',
    },
    {
      'zh-CN': '眼下有哪些政策和合作机会可以抓住？',
      en: 'Which policies and partnerships can we seize now?',
    },
    {
      'zh-CN': '市场价格波动、天气和疫病等风险怎样应对？',
      en: 'How would we cope with price swings, bad weather or animal disease?',
    },
  ],
  defaultMinutes: 60,
  sections: ['problem-analysis'],
  criteria: [
    quadrant('strengths', { 'zh-CN': '至少写一条优势', en: 'Write at least one strength' }),
    quadrant('weaknesses', { 'zh-CN': '至少写一条劣势', en: 'Write at least one weakness' }),
    quadrant('opportunities', { 'zh-CN': '至少写一条机会', en: 'Write at least one opportunity' }),
    quadrant('threats', { 'zh-CN': '至少写一条威胁', en: 'Write at least one threat' }),
  ],
}
