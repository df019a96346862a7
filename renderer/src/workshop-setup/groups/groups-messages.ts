import { defineCatalogue } from '../../../../shared/i18n/catalogue'

/** The groups tab: the table and a group's form with its members. */
const zhCN = {
  add: '新建小组',
  intro: '每个参训县组成一个小组，由 2–4 名干部共同编写本县方案。',
  empty: {
    title: '还没有小组',
    text: '为每个参训县建立一个小组，并登记成员的姓名和职务。',
  },
  noCounties: {
    title: '请先添加参训县',
    text: '小组按县组建。先添加参训县，再为每个县建立小组。',
    action: '去添加参训县',
  },
  allCountiesTaken: '每个参训县都已有小组。要新建小组，请先添加参训县。',
  columns: {
    name: '小组',
    county: '所属县',
    members: '成员',
  },
  noMembers: '尚未登记成员',
  editNamed: '编辑{{name}}',
  deleteNamed: '删除{{name}}',
  delete: {
    title: '删除小组“{{name}}”？',
    content: '成员名单会一并删除；该县及其数据会保留。',
    ok: '删除小组',
  },
  deleted: '已删除小组“{{name}}”。',
  saved: '已保存小组“{{name}}”。',
  form: {
    addTitle: '新建小组',
    editTitle: '编辑“{{name}}”',
    countyPlaceholder: '选择一个县',
    defaultName: '{{county}}小组',
    membersEmpty: '还没有成员。添加参加本小组的干部。',
    addMember: '添加成员',
    memberNameN: '成员 {{n}} 的姓名',
    memberPostN: '成员 {{n}} 的职务',
    removeMemberN: '移除成员 {{n}}',
  },
  fields: {
    name: '小组名称',
    county: '所属县',
    members: '成员',
    memberName: '姓名',
    memberPost: '职务',
  },
}

const en = {
  add: 'New group',
  intro: 'Each county taking part forms one group of 2–4 officials who draft its plan together.',
  empty: {
    title: 'No groups yet',
    text: 'Create one group for each county and list its members with their posts.',
  },
  noCounties: {
    title: 'Add counties first',
    text: 'Groups are formed per county. Add the counties taking part, then create a group for each.',
    action: 'Go to counties',
  },
  allCountiesTaken: 'Every county has its group. To create another group, add a county first.',
  columns: {
    name: 'Group',
    county: 'County',
    members: 'Members',
  },
  noMembers: 'No members listed yet',
  editNamed: 'Edit {{name}}',
  deleteNamed: 'Delete {{name}}',
  delete: {
    title: 'Delete the group “{{name}}”?',
    content: 'Its member list is deleted too; the county and its figures stay.',
    ok: 'Delete group',
  },
  deleted: 'Deleted the group “{{name}}”.',
  saved: 'Saved the group “{{name}}”.',
  form: {
    addTitle: 'New group',
    editTitle: 'Edit “{{name}}”',
    countyPlaceholder: 'Choose a county',
    defaultName: '{{county}} group',
    membersEmpty: 'No members yet. Add the officials who work in this group.',
    addMember: 'Add member',
    memberNameN: 'Name of member {{n}}',
    memberPostN: 'Post of member {{n}}',
    removeMemberN: 'Remove member {{n}}',
  },
  fields: {
    name: 'Group name',
    county: 'County',
    members: 'Members',
    memberName: 'Name',
    memberPost: 'Post',
  },
}

export const groupsMessages = defineCatalogue('groups', zhCN, en)
