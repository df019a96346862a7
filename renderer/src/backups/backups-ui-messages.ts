import { defineCatalogue } from '../../../shared/i18n/catalogue'

/** The backups screen, the recovery screen and the database state in the header, in both languages. */
export const backupsUiMessages = defineCatalogue(
  'ui-backups',
  {
    link: '备份',
    cancel: '取消',
    page: {
      title: '备份',
      intro:
        '规划工坊会自动备份全部数据：启动时、有改动时每 10 分钟一次、退出时，以及恢复之前。保留今天最近 4 个备份、之前每天 1 个，最多 10 个。',
      create: '立即备份',
      creating: '正在备份…',
      created: '已备份（{{time}}）。',
      empty: '还没有备份。',
      lastProblem: {
        diskFull: '最近一次自动备份因磁盘空间不足而跳过，旧备份都保留着。请腾出一些空间。',
        failedCheck: '最近一次自动备份没有通过检查，已被丢弃，旧备份都保留着。',
        failed: '最近一次自动备份没有完成，旧备份都保留着。',
      },
    },
    columns: {
      time: '时间',
      reason: '原因',
      size: '大小',
      checked: '检查',
      actions: '操作',
    },
    reason: {
      start: '启动时',
      interval: '定时（有改动）',
      migration: '更新数据库结构之前',
      quit: '退出时',
      manual: '手动',
      'before-restore': '恢复之前',
    },
    checkedOk: '已通过检查',
    size: '{{size}} 千字节',
    restore: {
      button: '恢复…',
      buttonNamed: '恢复 {{time}} 的备份',
      title: '恢复 {{time}} 的备份？',
      what: [
        '先把当前的全部数据另存为一个新备份（“恢复之前”），随时可以再恢复回来。',
        '然后用 {{time}} 的备份替换全部培训班、县、小组和各县规划。',
        '所有连接着的设备会重新加载，显示恢复后的内容；它们尚未保存的修改会被丢弃。',
      ],
      ok: '恢复这个备份',
      running: '正在恢复备份，请勿关闭规划工坊…',
      done: '已恢复 {{time}} 的备份。恢复之前的数据已保存为 {{kept}} 的备份。',
      doneNoKept: '已恢复 {{time}} 的备份。',
    },
    status: {
      diskFull: '磁盘已满，{{count}} 处修改等待保存',
      diskFullNone: '磁盘已满，新修改暂时无法保存',
      diskFullHint: '修改保留在各台设备上，腾出空间后会自动保存。请删除一些文件或清空回收站。',
      damaged: '数据库已损坏，请恢复备份',
      damagedHint: '规划工坊不再向损坏的文件写入。打开“备份”，恢复一个备份。',
      restoring: '正在恢复备份…',
      openBackups: '打开备份',
    },
    device: {
      diskFull: '主持人电脑的磁盘已满：你的修改保留在这台设备上，腾出空间后会自动保存。',
      damaged: '主持人电脑上的数据库出现问题：你的修改暂时保留在这台设备上，请告诉主持人。',
      restoring: '主持人正在恢复备份，页面稍后会重新加载。',
    },
    recovery: {
      title: '恢复数据',
      intro: '规划工坊启动时发现数据库不能使用，没有打开它，也没有新建一个空数据库。',
      restoreNewest: '恢复最新的完好备份',
      otherBackups: '其他备份',
      startEmpty: '改用空数据库开始',
      startEmptyTitle: '改用一个空数据库？',
      startEmptyText:
        '所有培训班都不会出现在新数据库中。损坏的文件仍保留在隔离文件夹中，以后可以交给技术人员处理。',
      starting: '正在启动规划工坊…',
    },
  },
  {
    link: 'Backups',
    cancel: 'Cancel',
    page: {
      title: 'Backups',
      intro:
        'Plan Workshop backs up all its data by itself: at start, every 10 minutes while something changes, on quit, and before a restore. It keeps the last 4 of today, one for each earlier day, and at most 10.',
      create: 'Back up now',
      creating: 'Backing up…',
      created: 'Backed up ({{time}}).',
      empty: 'There are no backups yet.',
      lastProblem: {
        diskFull:
          'The last automatic backup was skipped because the disk is too full; every older backup was kept. Free some space.',
        failedCheck:
          'The last automatic backup failed its check and was discarded; every older backup was kept.',
        failed: 'The last automatic backup did not complete; every older backup was kept.',
      },
    },
    columns: {
      time: 'Time',
      reason: 'Reason',
      size: 'Size',
      checked: 'Check',
      actions: 'Actions',
    },
    reason: {
      start: 'At start',
      interval: 'Every 10 minutes (changes)',
      migration: 'Before a database update',
      quit: 'On quit',
      manual: 'By hand',
      'before-restore': 'Before a restore',
    },
    checkedOk: 'Passed its check',
    size: '{{size}} KB',
    restore: {
      button: 'Restore…',
      buttonNamed: 'Restore the backup of {{time}}',
      title: 'Restore the backup of {{time}}?',
      what: [
        'First, all current data is saved as a new backup ("before a restore"), so you can come back to it.',
        'Then every workshop, county, group and county plan is replaced by the backup of {{time}}.',
        'Every connected device reloads and shows the restored data; changes they had not saved yet are dropped.',
      ],
      ok: 'Restore this backup',
      running: 'Restoring the backup. Do not close Plan Workshop…',
      done: 'The backup of {{time}} is restored. The data it replaced is kept as the backup of {{kept}}.',
      doneNoKept: 'The backup of {{time}} is restored.',
    },
    status: {
      diskFull: 'The disk is full: {{count}} edits waiting',
      diskFullNone: 'The disk is full: new edits cannot be saved yet',
      diskFullHint:
        'The edits are kept on the devices and saved as soon as there is space. Delete some files or empty the trash.',
      damaged: 'The database is damaged: restore a backup',
      damagedHint: 'Nothing more is written to the damaged file. Open Backups and restore a backup.',
      restoring: 'Restoring a backup…',
      openBackups: 'Open Backups',
    },
    device: {
      diskFull:
        "The facilitator's laptop has a full disk: your edits are kept on this device and saved as soon as there is space.",
      damaged:
        "The database on the facilitator's laptop has a problem: your edits are kept on this device for now. Tell the facilitator.",
      restoring: 'The facilitator is restoring a backup; this page reloads in a moment.',
    },
    recovery: {
      title: 'Recover the data',
      intro:
        'At start, Plan Workshop found that its database cannot be used. It did not open it, and it did not create an empty one in its place.',
      restoreNewest: 'Restore the newest good backup',
      otherBackups: 'Other backups',
      startEmpty: 'Start with an empty database',
      startEmptyTitle: 'Start with an empty database?',
      startEmptyText:
        'None of the workshops will be in the new database. The damaged files stay in the quarantine folder, for a technician to look at later.',
      starting: 'Starting Plan Workshop…',
    },
  },
)
