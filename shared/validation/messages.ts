import type { Locale, Localized } from '../locale/locale'

/**
 * Every validation and API error a user can see, in both languages. Schemas carry only the key;
 * the hub and the renderer turn keys into sentences here, so both sides say the same thing.
 * `{name}` placeholders are filled from the parameters.
 */
export const MESSAGES = {
  'v.required': { 'zh-CN': '此项为必填项。', en: 'This field is required.' },
  'v.tooLong': {
    'zh-CN': '内容过长，最多 {maximum} 个字符。',
    en: 'Too long: at most {maximum} characters.',
  },
  'v.integer': { 'zh-CN': '请输入整数。', en: 'Enter a whole number.' },
  'v.nonNegative': { 'zh-CN': '不能为负数。', en: 'Cannot be negative.' },
  'v.number': { 'zh-CN': '请输入数字。', en: 'Enter a number.' },
  'v.tooSmall': { 'zh-CN': '数值不能小于 {minimum}。', en: 'Must be at least {minimum}.' },
  'v.tooBig': { 'zh-CN': '数值不能大于 {maximum}。', en: 'Must be at most {maximum}.' },
  'v.share': { 'zh-CN': '比例应在 0% 到 100% 之间。', en: 'The share must be between 0% and 100%.' },
  'v.cents': {
    'zh-CN': '金额最多保留两位小数（到分）。',
    en: 'Amounts have at most two decimals (fen).',
  },
  'v.date': { 'zh-CN': '请输入有效日期（年-月-日）。', en: 'Enter a valid date (YYYY-MM-DD).' },
  'v.time': { 'zh-CN': '请输入有效时间（时:分）。', en: 'Enter a valid time (HH:MM).' },
  'v.year': { 'zh-CN': '年份应在 1949 到 2100 之间。', en: 'The year must be between 1949 and 2100.' },
  'v.url': {
    'zh-CN': '请输入以 http:// 或 https:// 开头的网址。',
    en: 'Enter a web address starting with http:// or https://.',
  },
  'v.invalid': { 'zh-CN': '此项的值无效。', en: 'This value is not valid.' },
  'v.tooMany': { 'zh-CN': '条目过多，最多 {maximum} 项。', en: 'Too many entries: at most {maximum}.' },
  'v.oneLanguage': {
    'zh-CN': '请用中文或英文填写（也可以两种都填）。',
    en: 'Fill this in, in Chinese or in English (or both).',
  },
  'workshop.datesOutOfOrder': {
    'zh-CN': '结束日期不能早于开始日期。',
    en: 'The end date cannot be before the start date.',
  },
  'workshop.tooLong': {
    'zh-CN': '培训班最长 {maximum} 天。',
    en: 'A workshop can last at most {maximum} days.',
  },
  'county.poorExceedsPopulation': {
    'zh-CN': '建档立卡贫困人口不能超过总人口。',
    en: 'Registered poor people cannot exceed the population.',
  },
  'county.remainingExceedsRegistered': {
    'zh-CN': '现有贫困人口不能超过建档立卡贫困人口。',
    en: 'Remaining poor people cannot exceed the registered poor.',
  },
  'county.householdsExceedPeople': {
    'zh-CN': '贫困户数不能超过贫困人数。',
    en: 'Poor households cannot outnumber poor people.',
  },
  'county.incidenceRange': {
    'zh-CN': '贫困发生率应在 0% 到 100% 之间。',
    en: 'Poverty incidence must be between 0% and 100%.',
  },
  'group.countyTaken': {
    'zh-CN': '该县已有一个小组。每个县只对应一个小组。',
    en: 'This county already has a group. Each county has exactly one group.',
  },
  'group.unknownCounty': {
    'zh-CN': '所选县不属于此培训班。',
    en: 'The chosen county is not part of this workshop.',
  },
  'resource.orderOutdated': {
    'zh-CN': '资源目录刚被修改过，顺序未保存。请查看最新目录后再调整。',
    en: 'The catalogue has just changed, so the order was not saved. Look at the current catalogue and try again.',
  },
  'agenda.customNeedsTitle': {
    'zh-CN': '自定义环节需要填写名称。',
    en: 'A custom item needs a title.',
  },
  'agenda.duplicateId': {
    'zh-CN': '议程中有重复的条目编号，请刷新页面后重试。',
    en: 'The agenda contains a duplicated entry id. Reload the page and try again.',
  },
  'povertyLine.duplicateYear': {
    'zh-CN': '{year} 年出现了不止一次。',
    en: 'The year {year} appears more than once.',
  },
  'target.aboveBaseline': {
    'zh-CN': '目标 {target} 超过了基数 {baseline}，请核对这两个数字。',
    en: 'The target of {target} is above the baseline of {baseline}. Check both figures.',
  },
  'target.shareOver100': {
    'zh-CN': '比例为 {share}%，不能超过 100%。',
    en: 'The share is {share}%; it cannot be more than 100%.',
  },
  'target.deadlineBeforeBaseline': {
    'zh-CN': '目标年份 {targetYear} 早于基线年份 {baselineYear}。',
    en: 'The target year {targetYear} is before the baseline year {baselineYear}.',
  },
  'target.upliftBelowGap': {
    'zh-CN': '每户增收 {uplift} 元，不足以弥补每户与贫困线 {gap} 元的差距。',
    en: 'An income of {uplift} yuan per household cannot close its gap of {gap} yuan to the poverty line.',
  },
  'target.noPovertyLine': {
    'zh-CN': '贫困线表中没有 {year} 年或更早的标准，无法比较收入差距。请在贫困线设置中补充。',
    en: 'The poverty-line table has no line for {year} or earlier, so the income gap cannot be compared. Add one in the poverty-line settings.',
  },
  'target.missingResponsibleUnit': {
    'zh-CN': '指标“{indicator}”尚未填写责任单位。',
    en: 'The indicator “{indicator}” has no responsible unit yet.',
  },
  'store.tooNew': {
    'zh-CN':
      '此数据文件夹由更新版本的规划工坊写入（数据版本 {found}，本版本最高支持 {known}）。请升级程序，或选择其他数据文件夹。',
    en: 'This data folder was written by a newer Plan Workshop (data version {found}; this version knows up to {known}). Update the app or choose another data folder.',
  },
  'store.foreign': {
    'zh-CN': '此数据文件夹中的数据库与本版本的规划工坊不一致，无法安全打开。请选择其他数据文件夹。',
    en: 'The database in this data folder does not match this version of Plan Workshop and cannot be opened safely. Choose another data folder.',
  },
  'store.diskFull': {
    'zh-CN': '电脑磁盘已满，这次修改没有保存。请腾出一些空间（删除文件或清空回收站）后重试。',
    en: "The laptop's disk is full, so this change was not saved. Free some space (delete files or empty the trash) and try again.",
  },
  'store.damaged': {
    'zh-CN': '数据库文件已损坏，规划工坊不再向其中写入。请在首页打开“备份”，恢复一个备份。',
    en: 'The database file is damaged, so nothing more is written to it. Open Backups from the home page and restore a backup.',
  },
  'store.restoring': {
    'zh-CN': '正在恢复备份，请稍候再试。',
    en: 'A backup is being restored. Try again in a moment.',
  },
  'store.recovery': {
    'zh-CN': '规划工坊启动时没有可用的数据库。请在恢复页面选择一个备份。',
    en: 'Plan Workshop started without a usable database. Choose a backup on the recovery screen.',
  },
  'backup.notFound': {
    'zh-CN': '找不到这个备份，它可能已被自动清理。请刷新列表后重选。',
    en: 'That backup was not found; it may have been cleared away. Reload the list and choose again.',
  },
  'backup.unusable': {
    'zh-CN': '这个备份已损坏，或由更新版本的规划工坊写入，无法恢复。请选择其他备份。',
    en: 'That backup is damaged or was written by a newer Plan Workshop, so it cannot be restored. Choose another one.',
  },
  'backup.noBackups': {
    'zh-CN': '还没有可以恢复的备份。',
    en: 'There is no backup to restore yet.',
  },
  'backup.diskFull': {
    'zh-CN': '磁盘空间不足，没有进行备份，也没有删除任何旧备份。请腾出一些空间后重试。',
    en: 'The disk is too full for a backup, so none was taken and no older backup was removed. Free some space and try again.',
  },
  'backup.failed': {
    'zh-CN': '备份没有完成，也没有删除任何旧备份。请重试；如果一再失败，请检查磁盘。',
    en: 'The backup did not complete, and no older backup was removed. Try again; if it keeps failing, check the disk.',
  },
  'workshopFile.notWorkshopFile': {
    'zh-CN':
      '这不是规划工坊的培训班文件，什么都没有导入。请选择以 .planworkshop 结尾、由规划工坊导出的文件。',
    en: 'This is not a Plan Workshop file, so nothing was imported. Choose a file ending in .planworkshop that Plan Workshop exported.',
  },
  'workshopFile.truncated': {
    'zh-CN': '这个文件不完整（可能在复制或下载时中断了），什么都没有导入。请从原来的电脑重新导出或复制一次。',
    en: 'This file is incomplete (a copy or download was probably cut short), so nothing was imported. Export or copy it again from the original laptop.',
  },
  'workshopFile.damaged': {
    'zh-CN': '这个文件已损坏，内容与其校验值不符，什么都没有导入。请从原来的电脑重新导出或复制一次。',
    en: 'This file is damaged: its contents do not match their checksums, so nothing was imported. Export or copy it again from the original laptop.',
  },
  'workshopFile.newerVersion': {
    'zh-CN': '这个文件由更新版本的规划工坊导出，本版本无法读取，什么都没有导入。请先升级规划工坊，再导入。',
    en: 'This file was exported by a newer Plan Workshop that this version cannot read, so nothing was imported. Update Plan Workshop, then import it again.',
  },
  'workshopFile.invalid': {
    'zh-CN':
      '这个文件中有本版本规划工坊无法接受的内容，什么都没有导入。请在原来的电脑上检查该培训班后重新导出。',
    en: 'This file holds contents this version of Plan Workshop cannot accept, so nothing was imported. Check the workshop on the original laptop and export it again.',
  },
  'workshopFile.tooLarge': {
    'zh-CN': '这个文件太大，不可能是一个培训班文件（最大 64 MB），什么都没有导入。请确认选对了文件。',
    en: 'This file is too large to be a workshop file (at most 64 MB), so nothing was imported. Check that you chose the right file.',
  },
  'workshopFile.alreadyThere': {
    'zh-CN':
      '这个培训班已经在本机上了，什么都没有导入。可以把它作为副本导入：副本使用新的编号，原有的培训班保持不变。',
    en: 'This workshop is already on this laptop, so nothing was imported. You can import it as a copy: the copy gets new ids and the existing workshop stays as it is.',
  },
  'join.badCode': {
    'zh-CN': '加入码应为 6 位字母或数字，请对照投影或二维码再输入一次。',
    en: 'A join code has 6 letters or digits. Check it against the projector or QR code and try again.',
  },
  'join.unknownCode': {
    'zh-CN': '没有这个加入码。请核对后重试，或请主持人确认。',
    en: 'That join code does not exist. Check it, or ask the facilitator.',
  },
  'join.closed': {
    'zh-CN': '主持人尚未开放局域网加入。请稍后再试。',
    en: 'The facilitator has not opened the session to the network yet. Try again shortly.',
  },
  'join.tooManyAttempts': {
    'zh-CN': '尝试次数过多，请一分钟后再试。',
    en: 'Too many attempts. Wait a minute and try again.',
  },
  'auth.required': {
    'zh-CN': '需要有效的加入凭证。请重新扫码或输入加入码。',
    en: 'A valid join is needed. Scan the QR code or enter the join code again.',
  },
  'auth.forbidden': {
    'zh-CN': '你的凭证无权访问此内容。',
    en: 'Your join does not give access to this.',
  },
  'lan.unknownAddress': {
    'zh-CN': '本机没有这个网络地址，请从列表中选择。',
    en: 'This computer has no such network address. Choose one from the list.',
  },
  'lan.portInUse': {
    'zh-CN': '该网络地址上的端口已被占用，无法开放局域网。',
    en: 'The port is already in use on that network address, so the session cannot be opened to the LAN.',
  },
  'api.notFound': {
    'zh-CN': '找不到该记录，可能已被删除。',
    en: 'That record was not found; it may have been deleted.',
  },
  'api.badRequest': {
    'zh-CN': '请求内容有误，请检查填写的内容。',
    en: 'The request is not valid. Check what you entered.',
  },
  'api.bodyTooLarge': { 'zh-CN': '提交的内容过大。', en: 'What was sent is too large.' },
  'api.hostNotAllowed': {
    'zh-CN': '此地址不被允许访问规划工坊。',
    en: 'Plan Workshop does not answer requests addressed to this host.',
  },
  'api.internal': {
    'zh-CN': '规划工坊内部出错，操作未保存。请重试。',
    en: 'Plan Workshop hit an internal error and nothing was saved. Please try again.',
  },
  'api.unreachable': {
    'zh-CN': '无法连接到规划工坊服务，请检查程序是否仍在运行。',
    en: 'Cannot reach the Plan Workshop hub. Check that it is still running.',
  },
  'export.noBrowser': {
    'zh-CN': '本机找不到用于打印 PDF 的 Chromium。请安装 Chromium，或设置 CHROMIUM_PATH 后重新启动。',
    en: 'No Chromium to print PDFs with was found on this machine. Install Chromium, or set CHROMIUM_PATH and restart.',
  },
  'export.failed': {
    'zh-CN': '无法生成 PDF，请重试。',
    en: 'The PDF could not be made. Please try again.',
  },
} as const satisfies Record<string, Localized>

export type MessageKey = keyof typeof MESSAGES

export function isMessageKey(value: unknown): value is MessageKey {
  return typeof value === 'string' && Object.hasOwn(MESSAGES, value)
}

export function formatMessage(
  key: MessageKey,
  locale: Locale,
  params: Record<string, string | number> = {},
): string {
  return MESSAGES[key][locale].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  )
}
