import { defineCatalogue } from '../../../shared/i18n/catalogue'

/** The list of workshops. */
const zhCN = {
  pageTitle: '培训班',
  heading: '培训班',
  intro: '每个培训班包含参训县、县小组、议程和贫困线参考表。',
  create: '新建培训班',
  openNamed: '打开培训班“{{title}}”',
  deleteNamed: '删除培训班“{{title}}”',
  empty: {
    title: '还没有培训班',
    text: '新建一个培训班并选择课程模板，然后添加参训县和小组。',
  },
  columns: {
    title: '名称',
    dates: '日期',
    venue: '地点',
    counties: '参训县',
    groups: '小组',
  },
  delete: {
    title: '删除培训班“{{title}}”？',
    content: '这会同时删除它的所有参训县、小组、议程和贫困线表，且无法恢复。',
    ok: '删除培训班',
  },
  deleted: '已删除培训班“{{title}}”。',
}

const en = {
  pageTitle: 'Workshops',
  heading: 'Workshops',
  intro: 'Each workshop holds its counties, county groups, agenda and poverty-line table.',
  create: 'New workshop',
  openNamed: 'Open the workshop “{{title}}”',
  deleteNamed: 'Delete the workshop “{{title}}”',
  empty: {
    title: 'No workshops yet',
    text: 'Create a workshop and choose its programme, then add the counties and their groups.',
  },
  columns: {
    title: 'Title',
    dates: 'Dates',
    venue: 'Venue',
    counties: 'Counties',
    groups: 'Groups',
  },
  delete: {
    title: 'Delete the workshop “{{title}}”?',
    content:
      'This also deletes all its counties, groups, agenda and poverty-line table. It cannot be undone.',
    ok: 'Delete workshop',
  },
  deleted: 'Deleted the workshop “{{title}}”.',
}

export const homeMessages = defineCatalogue('home', zhCN, en)
