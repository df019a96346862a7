import { defineCatalogue } from '../i18n/catalogue'

/**
 * What the facilitator reads when the data folder or its database cannot be used, and about backups:
 * the same sentences in the terminal (`npm run serve`), the desktop app and the recovery screen.
 */
export const storeRecoveryMessages = defineCatalogue(
  'store-recovery',
  {
    damage: {
      empty:
        '数据库文件 {{path}} 是空的（0 字节），但这里本应有一个数据库——可能是复制中断或同步软件清空了它。',
      notDatabase: '文件 {{path}} 不是规划工坊能读取的数据库。',
      failedCheck: '数据库 {{path}} 已损坏：它没有通过 SQLite 的完整性检查。',
      cannotOpen: '无法打开数据库 {{path}}。',
    },
    quarantined: '其中的内容没有被修改：数据库及其配套文件已原样移到 {{dir}}。',
    newestBackup: '最新的完好备份是 {{time}} 的备份（{{name}}）。',
    noBackup: '{{dir}} 中没有可用的备份。',
    cli: {
      restoreLatest: '要从这个备份继续，请运行：{{command}}',
      startEmpty: '如果要改用一个空数据库（损坏的文件仍保留在隔离文件夹中），请运行：{{command}}',
      recoveryScreen: '如果要在浏览器中选择，请运行：{{command}}',
      recoveryScreenOpen: '恢复页面：{{url}}（在浏览器中打开）',
      restored: '已恢复 {{time}} 的备份（{{name}}）。',
    },
    folder: {
      missing:
        '数据文件夹 {{path}} 不存在，它所在的上级文件夹也不存在。请连接存放它的磁盘，或改用其他文件夹。',
      readOnly: '数据文件夹 {{path}} 无法写入（只读）。请让它可写，或改用其他文件夹。',
      notAFolder: '{{path}} 是一个文件，不是文件夹。请改用其他数据文件夹。',
      chooseWithFlag: '启动时用 --data 文件夹 指定其他数据文件夹。',
    },
    backup: {
      notFound: '{{dir}} 中没有名为 {{name}} 的备份。',
      unusable: '备份 {{name}} 已损坏，或由更新版本的规划工坊写入。请选择其他备份。',
      noBackups: '{{dir}} 中没有可用的备份。',
      diskFull: '磁盘空间不足，无法先备份当前数据，因此没有做任何改动。请腾出一些空间后重试。',
      failed: '无法先备份当前数据，因此没有做任何改动。请检查磁盘后重试。',
      migrationDiskFull:
        '这个版本需要更新数据库的结构，但磁盘空间不足，无法先做备份，因此数据库没有被改动。请腾出一些空间后重新启动。',
      migrationFailed:
        '这个版本需要更新数据库的结构，但无法先做备份，因此数据库没有被改动。请检查磁盘后重新启动。',
    },
    unexpected: '规划工坊因意外问题停止：{{reason}}。详细信息已写入 {{log}}。',
  },
  {
    damage: {
      empty:
        'The database file {{path}} is empty (0 bytes), although a database was expected there: perhaps an interrupted copy or a sync tool emptied it.',
      notDatabase: 'The file {{path}} is not a database Plan Workshop can read.',
      failedCheck: "The database {{path}} is damaged: it fails SQLite's integrity check.",
      cannotOpen: 'The database {{path}} cannot be opened.',
    },
    quarantined:
      'Nothing in it was changed: the database and its companion files were moved, as they were, to {{dir}}.',
    newestBackup: 'The newest good backup is from {{time}} ({{name}}).',
    noBackup: 'There is no usable backup in {{dir}}.',
    cli: {
      restoreLatest: 'To continue from that backup, run: {{command}}',
      startEmpty:
        'To start with an empty database instead (the damaged files stay in quarantine), run: {{command}}',
      recoveryScreen: 'To choose in the browser, run: {{command}}',
      recoveryScreenOpen: 'The recovery screen is at {{url}} (open it in a browser).',
      restored: 'Restored the backup from {{time}} ({{name}}).',
    },
    folder: {
      missing:
        'The data folder {{path}} does not exist, and neither does the folder it should be in. Connect the drive that holds it, or use another folder.',
      readOnly:
        'The data folder {{path}} cannot be written to (it is read-only). Make it writable, or use another folder.',
      notAFolder: '{{path}} is a file, not a folder. Use another data folder.',
      chooseWithFlag: 'Start with --data DIR to use another data folder.',
    },
    backup: {
      notFound: 'There is no backup named {{name}} in {{dir}}.',
      unusable: 'The backup {{name}} is damaged or was written by a newer Plan Workshop. Choose another one.',
      noBackups: 'There is no usable backup in {{dir}}.',
      diskFull:
        'The disk is too full to back up the current data first, so nothing was changed. Free some space and try again.',
      failed:
        'The current data could not be backed up first, so nothing was changed. Check the disk and try again.',
      migrationDiskFull:
        'This version needs to update the database, but the disk is too full to back it up first, so the database was not changed. Free some space and start again.',
      migrationFailed:
        'This version needs to update the database, but it could not be backed up first, so the database was not changed. Check the disk and start again.',
    },
    unexpected:
      'Plan Workshop stopped because of an unexpected problem: {{reason}}. The details are in {{log}}.',
  },
)
