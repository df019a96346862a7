import { defineCatalogue } from '../../../shared/i18n/catalogue'

/** The app shell's own words: its title, the skip link, the language switch, the page that is not there. */
const zhCN = {
  title: '规划工坊 Plan Workshop',
  skipToContent: '跳到主要内容',
  language: '界面语言',
  loading: '正在加载…',
  notFound: {
    title: '找不到此页面',
    text: '地址可能有误，或者该内容已被删除。',
    back: '返回培训班列表',
  },
}

const en = {
  title: '规划工坊 Plan Workshop',
  skipToContent: 'Skip to main content',
  language: 'Language',
  loading: 'Loading…',
  notFound: {
    title: 'Page not found',
    text: 'The address may be wrong, or what it showed has been deleted.',
    back: 'Back to the workshops',
  },
}

export const appMessages = defineCatalogue('app', zhCN, en)
