import { defineCatalogue } from '../../../../shared/i18n/catalogue'

/**
 * The sign-off's screens in both languages, Chinese first: the step and its part of the printed plan
 * (which takes the export's language, not the UI's).
 */
export const signOffUiMessages = defineCatalogue(
  'ui-sign-off',
  {
    cover: {
      heading: '规划封面',
      title: '规划标题',
      titlePlaceholder: '例如：略阳县电商精准扶贫合作方案',
      startYear: '起始年份',
      endYear: '结束年份',
      periodReversed: '结束年份早于起始年份。',
      periodHint: '年度目标按这些年份分列。',
    },
    participants: {
      heading: '参与人员',
      introFacilitator:
        '方案封面和附件列出这些人：先是“小组”页填写的成员，再是用自己名字加入本县小组的人。有错漏时在这里更正，保存后以您的名单为准。',
      introGroup: '方案封面和附件列出这些人：小组成员和用自己名字加入的人。有错漏请告诉主持人更正。',
      none: '还没有人：小组成员和加入本县小组的人会列在这里。',
      corrected: '已由主持人更正',
      withPost: '{{name}}（{{post}}）',
      name: '姓名',
      post: '职务',
      nameN: '第 {{n}} 人的姓名',
      postN: '第 {{n}} 人的职务',
      removeN: '删除第 {{n}} 人',
      add: '添加一人',
      save: '保存名单',
      saved: '参与人员名单已保存。',
      useSuggested: '恢复为成员和加入者名单',
    },
    monitoring: {
      heading: '监测与评估安排',
      intro:
        '写明谁在什么时候对照目标检查进展：例如每季度由县扶贫办汇总指标，每年年底开展评估，培训结束三个月后回访。',
    },
    readiness: {
      heading: '定稿前检查',
      intro: '各练习还缺的内容列在下面。可以先定稿再补，但导出的方案会缺少这些内容。',
      allDone: '各练习的内容都已完成。',
      goTo: '前往“{{exercise}}”',
      count: '已完成 {{done}} / {{total}} 项',
    },
    status: {
      heading: '方案状态',
      draft: '草稿',
      final: '定稿',
      draftText: '方案仍是草稿，导出的 PDF 带有“草稿”水印。全组确认内容后，请主持人标记定稿。',
      finalText: '主持人已将方案标记为定稿，导出的 PDF 不再带有“草稿”水印。',
      markFinal: '标记为定稿',
      markFinalConfirm: '全组已确认方案内容了吗？定稿后导出的 PDF 不再带有“草稿”水印，组员仍可修改。',
      backToDraft: '退回草稿',
      backToDraftConfirm: '把方案退回草稿？导出的 PDF 将重新带有“草稿”水印。',
      confirm: '确定',
      cancel: '取消',
      export: '预览与导出 PDF',
    },
    print: {
      title: '签署确认',
      intro: '本方案经县工作组讨论通过，由以下人员确认：',
      countyLead: '县级负责人',
      leadUnit: '牵头单位',
      facilitator: '培训班主持人',
      signature: '签字',
      date: '日期',
      seal: '（盖章）',
    },
  },

  {
    cover: {
      heading: 'Cover',
      title: 'Title of the plan',
      titlePlaceholder: 'e.g. Lueyang County e-commerce poverty-alleviation cooperation plan',
      startYear: 'First year',
      endYear: 'Last year',
      periodReversed: 'The last year is before the first year.',
      periodHint: 'The annual targets are set out by these years.',
    },
    participants: {
      heading: 'Participants',
      introFacilitator:
        'The cover and the annex of the plan name these people: first the members entered on the Groups page, then everyone who joined this county’s group under their own name. Correct the list here; once saved, yours is the list that prints.',
      introGroup:
        'The cover and the annex of the plan name these people: the group’s members and everyone who joined under their own name. If someone is missing or misnamed, ask the facilitator to correct it.',
      none: 'Nobody yet: the group’s members and the people who join this county’s group appear here.',
      corrected: 'Corrected by the facilitator',
      withPost: '{{name}} ({{post}})',
      name: 'Name',
      post: 'Post',
      nameN: 'Name of person {{n}}',
      postN: 'Post of person {{n}}',
      removeN: 'Remove person {{n}}',
      add: 'Add a person',
      save: 'Save the list',
      saved: 'The participants list is saved.',
      useSuggested: 'Go back to the members and joined names',
    },
    monitoring: {
      heading: 'Monitoring and review',
      intro:
        'Who checks progress against the targets, and when: e.g. the county poverty-alleviation office collects the indicators every quarter, a review at each year end, a follow-up visit three months after the class.',
    },
    readiness: {
      heading: 'Before marking final',
      intro:
        'What each exercise still lacks is listed below. The plan can be marked final first, but the export will lack these parts.',
      allDone: 'Every exercise is complete.',
      goTo: 'Go to “{{exercise}}”',
      count: '{{done}} of {{total}} done',
    },
    status: {
      heading: 'Status of the plan',
      draft: 'Draft',
      final: 'Final',
      draftText:
        'The plan is still a draft: its PDF carries a "DRAFT" watermark. When the group agrees on the content, ask the facilitator to mark it final.',
      finalText:
        'The facilitator has marked the plan final: its PDF no longer carries the "DRAFT" watermark.',
      markFinal: 'Mark final',
      markFinalConfirm:
        'Has the whole group agreed on the plan? Once final, its PDF carries no "DRAFT" watermark; the group can still edit it.',
      backToDraft: 'Back to draft',
      backToDraftConfirm: 'Return the plan to draft? Its PDF will carry the "DRAFT" watermark again.',
      confirm: 'Confirm',
      cancel: 'Cancel',
      export: 'Preview and export PDF',
    },
    print: {
      title: 'Sign-off',
      intro: 'This plan was discussed and agreed by the county working group and is confirmed by:',
      countyLead: 'County lead',
      leadUnit: 'Lead unit',
      facilitator: 'Workshop facilitator',
      signature: 'Signature',
      date: 'Date',
      seal: '(Seal)',
    },
  },
)
