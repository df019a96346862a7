import { defineCatalogue } from '../../i18n/catalogue'

/** What the group and the facilitator read about this exercise, in both languages (see swot-definition.ts). */
export const swotMessages = defineCatalogue(
  'exercise-swot',
  {
    title: 'SWOT 分析',
    purpose: '盘点全县的优势、劣势、机会和威胁，为资源对接和目标设定做准备。',
    instructions: [
      '优势和劣势说的是县里自身（产品、人才、基础设施）；机会和威胁来自外部（政策、市场、合作伙伴）。',
      '每张卡片写一点，尽量具体，可以引用数据卡中的数字。',
      '拖动卡片可以调整顺序或换到另一个象限，重要的放在前面。',
      '四个象限都写上内容后，再进入圆点投票。',
    ],
    prompts: [
      '我们的产品比别的县好在哪里？',
      '哪些短板会让网上销售做不起来？',
      '眼下有哪些政策和合作机会可以抓住？',
      '市场价格波动、天气和疫病等风险怎样应对？',
    ],
    criteria: {
      strengths: '至少写一条优势',
      weaknesses: '至少写一条劣势',
      opportunities: '至少写一条机会',
      threats: '至少写一条威胁',
    },
  },
  {
    title: 'SWOT analysis',
    purpose:
      "Take stock of the county's strengths, weaknesses, opportunities and threats, ahead of resource matching and targets.",
    instructions: [
      'Strengths and weaknesses are about the county itself (products, people, infrastructure); opportunities and threats come from outside (policy, markets, partners).',
      'One point per card, as specific as you can; quote figures from the data card.',
      'Drag cards to reorder them or to move them to another quadrant; put the most important first.',
      'Fill all four quadrants before the dot-vote.',
    ],
    prompts: [
      "What makes our products better than other counties'?",
      'Which weaknesses could stop online sales from taking off?',
      'Which policies and partnerships can we seize now?',
      'How would we cope with price swings, bad weather or animal disease?',
    ],
    criteria: {
      strengths: 'Write at least one strength',
      weaknesses: 'Write at least one weakness',
      opportunities: 'Write at least one opportunity',
      threats: 'Write at least one threat',
    },
  },
)
