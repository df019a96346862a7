import type { Localized } from '../locale/locale'
import type { Resource, ResourceKind } from './resource-schema'

/**
 * The catalogue every new workshop starts from (docs/domain.md "The default resource catalogue"), from
 * the 2018 class where a platform partner offered online sales, ecology, education, women's and health
 * programmes. The providers are roles, not names: each workshop edits the copy to name its actual partners.
 * Ids are stable slugs so a per-workshop copy and the plans' matches can refer to them.
 */
const PLATFORM: Localized = { 'zh-CN': '合作平台企业', en: 'Platform partner' }
const PLATFORM_FUND: Localized = {
  'zh-CN': '合作平台企业扶贫基金',
  en: "Platform partner's poverty-alleviation fund",
}
const COUNTY: Localized = { 'zh-CN': '县人民政府', en: 'County government' }
const COMMERCE: Localized = { 'zh-CN': '商务主管部门', en: 'Commerce authorities' }

const resource = (
  id: string,
  kind: ResourceKind,
  title: Localized,
  provider: Localized,
  description: Localized,
): Resource => ({ id, kind, title, provider, description })

export const DEFAULT_RESOURCES: readonly Resource[] = [
  resource(
    'online-shop',
    'sales-channel',
    { 'zh-CN': '平台网店与销售渠道', en: 'Online shop and sales channel on a platform' },
    PLATFORM,
    {
      'zh-CN': '在电商平台开设县域特产店铺或专区，帮助农产品上行、直达城市消费者。',
      en: "A shop or featured section for the county's produce on an online platform, taking farm products to urban buyers.",
    },
  ),
  resource(
    'village-stations',
    'infrastructure',
    { 'zh-CN': '村级电商服务站', en: 'Village e-commerce service stations' },
    PLATFORM,
    {
      'zh-CN': '在村里设立服务站，代购代销、收发快递，帮助贫困户网上卖货。',
      en: 'Service points in villages that buy and sell online for residents and handle parcels, so poor households can sell online.',
    },
  ),
  resource(
    'cold-chain-logistics',
    'infrastructure',
    { 'zh-CN': '物流与冷链', en: 'Logistics and cold chain' },
    PLATFORM,
    {
      'zh-CN': '县乡村三级物流配送与生鲜冷链，降低山区农产品外运成本和损耗。',
      en: 'County–township–village delivery and a cold chain for fresh produce, cutting the cost and spoilage of shipping from the hills.',
    },
  ),
  resource(
    'brand-design',
    'branding',
    { 'zh-CN': '包装与品牌设计', en: 'Packaging and brand design' },
    PLATFORM,
    {
      'zh-CN': '为地理标志产品等特产设计品牌、包装和产品标准，提升售价。',
      en: 'Brand, packaging and product standards for signature products such as geographical-indication goods, for a better price.',
    },
  ),
  resource(
    'ecommerce-training',
    'skills',
    { 'zh-CN': '电商技能培训', en: 'E-commerce skills training' },
    PLATFORM,
    {
      'zh-CN': '为返乡青年、合作社和贫困户培训开店、运营、客服和直播技能。',
      en: 'Training for returning young people, cooperatives and poor households in running a shop, operations, customer service and live streaming.',
    },
  ),
  resource(
    'microcredit',
    'finance',
    { 'zh-CN': '扶贫小额信贷', en: 'Rural microcredit' },
    { 'zh-CN': '县域金融机构', en: 'Local banks and credit cooperatives' },
    {
      'zh-CN': '面向建档立卡贫困户的免抵押、免担保小额贷款，支持发展生产。',
      en: 'Small loans without collateral or guarantee for registered poor households to start or expand production.',
    },
  ),
  resource(
    'fund-grant',
    'finance',
    { 'zh-CN': '扶贫基金资助', en: 'Poverty-alleviation fund grant' },
    PLATFORM_FUND,
    {
      'zh-CN': '为带动贫困户增收的项目提供资金支持。',
      en: 'Grants for projects that raise the income of poor households.',
    },
  ),
  resource('tourism-promotion', 'branding', { 'zh-CN': '乡村旅游推广', en: 'Tourism promotion' }, PLATFORM, {
    'zh-CN': '在线推广县域旅游线路、民宿和农家乐，带动就业和农产品销售。',
    en: "Online promotion of the county's tourist routes, homestays and farm stays, creating jobs and sales of local produce.",
  }),
  resource(
    'education-programmes',
    'social',
    { 'zh-CN': '教育公益项目', en: 'Education programmes' },
    PLATFORM,
    {
      'zh-CN': '乡村教师培训、学生资助等教育帮扶，阻断贫困代际传递。',
      en: 'Support for rural teachers and pupils, so poverty is not passed on to the next generation.',
    },
  ),
  resource('women-programmes', 'social', { 'zh-CN': '妇女发展项目', en: "Women's programmes" }, PLATFORM, {
    'zh-CN': '面向农村妇女的技能培训、居家就业和健康保障。',
    en: 'Skills training, jobs that can be done from home and health cover for rural women.',
  }),
  resource('health-programmes', 'social', { 'zh-CN': '健康扶贫项目', en: 'Health programmes' }, PLATFORM, {
    'zh-CN': '大病保险、远程医疗等，防止因病致贫、因病返贫。',
    en: 'Serious-illness insurance and telemedicine, so illness does not push families (back) into poverty.',
  }),
  resource(
    'demo-county-funds',
    'finance',
    { 'zh-CN': '电子商务进农村综合示范县资金', en: 'Government e-commerce demo-county funds' },
    COMMERCE,
    {
      'zh-CN': '电商进农村综合示范县的中央和地方财政资金，用于公共服务中心、物流和培训。',
      en: 'Central and local funds for e-commerce demonstration counties: public service centres, logistics and training.',
    },
  ),
  resource(
    'east-west-pairing',
    'partnership',
    { 'zh-CN': '东西部协作结对帮扶', en: 'East–west pairing partner' },
    { 'zh-CN': '东部结对地区', en: 'Paired eastern city or province' },
    {
      'zh-CN': '东部结对地区的资金、产业转移、消费扶贫和干部人才支持。',
      en: 'Funds, relocated industry, purchases of produce and seconded staff from the paired eastern region.',
    },
  ),
  resource(
    'designated-unit-help',
    'partnership',
    { 'zh-CN': '定点帮扶', en: 'Designated-unit help' },
    { 'zh-CN': '定点帮扶单位', en: 'Designated assisting unit' },
    {
      'zh-CN': '中央和国家机关、国有企业等定点帮扶单位的项目、采购和人员支持。',
      en: 'Projects, purchasing and staff from the central agency or state enterprise designated to help the county.',
    },
  ),
  resource('cooperatives', 'partnership', { 'zh-CN': '农民专业合作社', en: 'Cooperatives' }, COUNTY, {
    'zh-CN': '组织贫困户统一生产、统一标准、统一销售，通过订单和分红带动增收。',
    en: 'Organise poor households to produce to one standard and sell together, sharing income through orders and dividends.',
  }),
  resource(
    'leading-enterprises',
    'partnership',
    { 'zh-CN': '龙头企业带动', en: 'Leading enterprises' },
    COUNTY,
    {
      'zh-CN': '农业产业化龙头企业通过订单收购、就业岗位和入股分红带动贫困户。',
      en: 'Leading agricultural firms that bring poor households in through purchase orders, jobs and equity dividends.',
    },
  ),
  resource(
    'matching-fairs',
    'sales-channel',
    { 'zh-CN': '产销对接会', en: 'Buyer–producer matching fairs' },
    COMMERCE,
    {
      'zh-CN': '组织采购商与县里的合作社、企业面对面洽谈，签订长期采购订单。',
      en: "Meetings where buyers and the county's cooperatives and firms negotiate face to face and sign long-term purchase orders.",
    },
  ),
]
