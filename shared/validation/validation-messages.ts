import { defineCatalogue } from '../i18n/catalogue'

/**
 * Every validation and API error a user can see, in both languages. Schemas carry only the key
 * ('v.required'); the hub and the renderer turn keys into sentences through messages.ts, so both sides
 * say the same thing. `{{name}}` placeholders are filled from the parameters.
 */
const zhCN = {
  v: {
    required: '此项为必填项。',
    tooLong: '内容过长，最多 {{maximum}} 个字符。',
    integer: '请输入整数。',
    nonNegative: '不能为负数。',
    number: '请输入数字。',
    tooSmall: '数值不能小于 {{minimum}}。',
    tooBig: '数值不能大于 {{maximum}}。',
    share: '比例应在 0% 到 100% 之间。',
    cents: '金额最多保留两位小数（到分）。',
    date: '请输入有效日期（年-月-日）。',
    time: '请输入有效时间（时:分）。',
    year: '年份应在 1949 到 2100 之间。',
    url: '请输入以 http:// 或 https:// 开头的网址。',
    invalid: '此项的值无效。',
    tooMany: '条目过多，最多 {{maximum}} 项。',
    oneLanguage: '请用中文或英文填写（也可以两种都填）。',
    controlCharacters: '含有不可见的控制字符或文字方向控制符（常随复制粘贴带入），未保存。请删除后重新输入。',
  },
  workshop: {
    datesOutOfOrder: '结束日期不能早于开始日期。',
    tooLong: '培训班最长 {{maximum}} 天。',
  },
  county: {
    poorExceedsPopulation: '建档立卡贫困人口不能超过总人口。',
    remainingExceedsRegistered: '现有贫困人口不能超过建档立卡贫困人口。',
    householdsExceedPeople: '贫困户数不能超过贫困人数。',
    incidenceRange: '贫困发生率应在 0% 到 100% 之间。',
  },
  group: {
    countyTaken: '该县已有一个小组。每个县只对应一个小组。',
    unknownCounty: '所选县不属于此培训班。',
  },
  resource: {
    orderOutdated: '资源目录刚被修改过，顺序未保存。请查看最新目录后再调整。',
  },
  agenda: {
    customNeedsTitle: '自定义环节需要填写名称。',
    duplicateId: '议程中有重复的条目编号，请刷新页面后重试。',
  },
  povertyLine: {
    duplicateYear: '{{year}} 年出现了不止一次。',
  },
  target: {
    aboveBaseline: '目标 {{target}} 超过了基数 {{baseline}}，请核对这两个数字。',
    shareOver100: '比例为 {{share}}%，不能超过 100%。',
    deadlineBeforeBaseline: '目标年份 {{targetYear}} 早于基线年份 {{baselineYear}}。',
    upliftBelowGap: '每户增收 {{uplift}} 元，不足以弥补每户与贫困线 {{gap}} 元的差距。',
    noPovertyLine: '贫困线表中没有 {{year}} 年或更早的标准，无法比较收入差距。请在贫困线设置中补充。',
    missingResponsibleUnit: '指标“{{indicator}}”尚未填写责任单位。',
  },
  store: {
    tooNew:
      '此数据文件夹由更新版本的规划工坊写入（数据版本 {{found}}，本版本最高支持 {{known}}）。请升级程序，或选择其他数据文件夹。',
    foreign: '此数据文件夹中的数据库与本版本的规划工坊不一致，无法安全打开。请选择其他数据文件夹。',
    diskFull: '电脑磁盘已满，这次修改没有保存。请腾出一些空间（删除文件或清空回收站）后重试。',
    damaged: '数据库文件已损坏，规划工坊不再向其中写入。请在首页打开“备份”，恢复一个备份。',
    restoring: '正在恢复备份，请稍候再试。',
    recovery: '规划工坊启动时没有可用的数据库。请在恢复页面选择一个备份。',
  },
  backup: {
    notFound: '找不到这个备份，它可能已被自动清理。请刷新列表后重选。',
    unusable: '这个备份已损坏，或由更新版本的规划工坊写入，无法恢复。请选择其他备份。',
    noBackups: '还没有可以恢复的备份。',
    diskFull: '磁盘空间不足，没有进行备份，也没有删除任何旧备份。请腾出一些空间后重试。',
    failed: '备份没有完成，也没有删除任何旧备份。请重试；如果一再失败，请检查磁盘。',
  },
  workshopFile: {
    notWorkshopFile:
      '这不是规划工坊的培训班文件，什么都没有导入。请选择以 .planworkshop 结尾、由规划工坊导出的文件。',
    truncated:
      '这个文件不完整（可能在复制或下载时中断了），什么都没有导入。请从原来的电脑重新导出或复制一次。',
    damaged: '这个文件已损坏，内容与其校验值不符，什么都没有导入。请从原来的电脑重新导出或复制一次。',
    newerVersion:
      '这个文件由更新版本的规划工坊导出，本版本无法读取，什么都没有导入。请先升级规划工坊，再导入。',
    invalid:
      '这个文件中有本版本规划工坊无法接受的内容，什么都没有导入。请在原来的电脑上检查该培训班后重新导出。',
    tooLarge: '这个文件太大，不可能是一个培训班文件（最大 64 MB），什么都没有导入。请确认选对了文件。',
    alreadyThere:
      '这个培训班已经在本机上了，什么都没有导入。可以把它作为副本导入：副本使用新的编号，原有的培训班保持不变。',
  },
  join: {
    badCode: '加入码应为 6 位字母或数字，请对照投影或二维码再输入一次。',
    unknownCode: '没有这个加入码。请核对后重试，或请主持人确认。',
    closed: '主持人尚未开放局域网加入。请稍后再试。',
    tooManyAttempts: '尝试次数过多，请一分钟后再试。',
  },
  auth: {
    required: '需要有效的加入凭证。请重新扫码或输入加入码。',
    forbidden: '你的凭证无权访问此内容。',
    facilitatorRequired: '此更改需要主持人凭证，未做任何更改。请在主持人电脑上的规划工坊窗口中操作。',
    crossSite: '规划工坊拒绝了来自其他网页的请求，未做任何更改。请只在规划工坊自己的页面中操作。',
  },
  dotVote: {
    limit: '你的圆点已用完。想改投，先从某张卡片上收回一个。',
    closed: '圆点投票已被主持人锁定，现在不能投票或收回圆点。',
    unknownCard: '这张卡片已被删除或还是空白，不能在上面投票。',
    notAVoter: '主持人不参与投票；只有小组成员有自己的圆点。',
  },
  live: {
    documentFull: '这份规划已达到容量上限，你刚才的更改未被保存。请把要保留的文字复制出来，并告知主持人。',
  },
  lan: {
    unknownAddress: '本机没有这个网络地址，请从列表中选择。',
    portInUse: '该网络地址上的端口已被占用，无法开放局域网。',
  },
  followUp: {
    actualTooBig: '数值过大，请核对后重新输入。',
    unknownEntry: '报告中有一项不在本轮复盘所依据的规划中，未保存。请刷新页面后重新填写。',
    closed: '这一轮复盘没有开放给各县填写（或已关闭），未保存。如需填写，请联系主持人开放本轮。',
    conflictBy:
      '这一栏在您编辑期间已由 {{name}} 在另一台设备上保存了新内容，您的修改没有保存。框中现在是新内容，请核对；如仍需修改，请再改一次。',
    conflictFacilitator:
      '这一栏在您编辑期间已由主持人保存了新内容，您的修改没有保存。框中现在是新内容，请核对；如仍需修改，请再改一次。',
    template: {
      unreadable:
        '这个文件无法作为 Excel 表格（.xlsx）读取，什么都没有导入。请选择从规划工坊下载、填好后保存为 .xlsx 的复盘模板。',
      notTemplate:
        '这个表格不是规划工坊的复盘模板，什么都没有导入。请先在规划工坊中下载本县本轮的模板，填好后再导入。',
      newerVersion:
        '这个模板由更新版本的规划工坊生成（第 {{version}} 版），本版本无法读取，什么都没有导入。请先升级规划工坊。',
      wrongCounty: '这个模板是为另一个县生成的（{{county}}），什么都没有导入。请导入本县的模板。',
      wrongRound: '这个模板属于另一轮复盘，什么都没有导入。请下载本轮的模板重新填写。',
      rowsChanged:
        '单元格 {{cell}} 所在的行被改动了（行被增删、移动或改了名称），什么都没有导入。请只填写“请填写”“请选择”的列和说明，其他内容保持原样。',
      notNumber:
        '单元格 {{cell}} 中的“{{value}}”不是数字，什么都没有导入。请填写数字（可带千位分隔符）或留空。',
      unknownStatus: '单元格 {{cell}} 中的“{{value}}”不是可选的状态，什么都没有导入。请从下拉列表中选择。',
      tooLong: '单元格 {{cell}} 中的文字超过 {{max}} 个字，什么都没有导入。请删减后重新导入。',
      tooLarge: '这个文件太大，不可能是复盘模板（最大 5 MB），什么都没有导入。请确认选对了文件。',
    },
  },
  api: {
    notFound: '找不到该记录，可能已被删除。',
    badRequest: '请求内容有误，请检查填写的内容。',
    bodyTooLarge: '提交的内容过大。',
    hostNotAllowed: '此地址不被允许访问规划工坊。',
    internal: '规划工坊内部出错，操作未保存。请重试。',
    unreachable: '无法连接到规划工坊服务，请检查程序是否仍在运行。',
  },
  export: {
    noBrowser: '本机找不到用于打印 PDF 的 Chromium。请安装 Chromium，或设置 CHROMIUM_PATH 后重新启动。',
    failed: '无法生成 PDF，请重试。',
  },
}

const en = {
  v: {
    required: 'This field is required.',
    tooLong: 'Too long: at most {{maximum}} characters.',
    integer: 'Enter a whole number.',
    nonNegative: 'Cannot be negative.',
    number: 'Enter a number.',
    tooSmall: 'Must be at least {{minimum}}.',
    tooBig: 'Must be at most {{maximum}}.',
    share: 'The share must be between 0% and 100%.',
    cents: 'Amounts have at most two decimals (fen).',
    date: 'Enter a valid date (YYYY-MM-DD).',
    time: 'Enter a valid time (HH:MM).',
    year: 'The year must be between 1949 and 2100.',
    url: 'Enter a web address starting with http:// or https://.',
    invalid: 'This value is not valid.',
    tooMany: 'Too many entries: at most {{maximum}}.',
    oneLanguage: 'Fill this in, in Chinese or in English (or both).',
    controlCharacters:
      'Contains invisible control or text-direction characters (often pasted along) and was not saved. Delete and retype it.',
  },
  workshop: {
    datesOutOfOrder: 'The end date cannot be before the start date.',
    tooLong: 'A workshop can last at most {{maximum}} days.',
  },
  county: {
    poorExceedsPopulation: 'Registered poor people cannot exceed the population.',
    remainingExceedsRegistered: 'Remaining poor people cannot exceed the registered poor.',
    householdsExceedPeople: 'Poor households cannot outnumber poor people.',
    incidenceRange: 'Poverty incidence must be between 0% and 100%.',
  },
  group: {
    countyTaken: 'This county already has a group. Each county has exactly one group.',
    unknownCounty: 'The chosen county is not part of this workshop.',
  },
  resource: {
    orderOutdated:
      'The catalogue has just changed, so the order was not saved. Look at the current catalogue and try again.',
  },
  agenda: {
    customNeedsTitle: 'A custom item needs a title.',
    duplicateId: 'The agenda contains a duplicated entry id. Reload the page and try again.',
  },
  povertyLine: {
    duplicateYear: 'The year {{year}} appears more than once.',
  },
  target: {
    aboveBaseline: 'The target of {{target}} is above the baseline of {{baseline}}. Check both figures.',
    shareOver100: 'The share is {{share}}%; it cannot be more than 100%.',
    deadlineBeforeBaseline: 'The target year {{targetYear}} is before the baseline year {{baselineYear}}.',
    upliftBelowGap:
      'An income of {{uplift}} yuan per household cannot close its gap of {{gap}} yuan to the poverty line.',
    noPovertyLine:
      'The poverty-line table has no line for {{year}} or earlier, so the income gap cannot be compared. Add one in the poverty-line settings.',
    missingResponsibleUnit: 'The indicator “{{indicator}}” has no responsible unit yet.',
  },
  store: {
    tooNew:
      'This data folder was written by a newer Plan Workshop (data version {{found}}; this version knows up to {{known}}). Update the app or choose another data folder.',
    foreign:
      'The database in this data folder does not match this version of Plan Workshop and cannot be opened safely. Choose another data folder.',
    diskFull:
      "The laptop's disk is full, so this change was not saved. Free some space (delete files or empty the trash) and try again.",
    damaged:
      'The database file is damaged, so nothing more is written to it. Open Backups from the home page and restore a backup.',
    restoring: 'A backup is being restored. Try again in a moment.',
    recovery: 'Plan Workshop started without a usable database. Choose a backup on the recovery screen.',
  },
  backup: {
    notFound: 'That backup was not found; it may have been cleared away. Reload the list and choose again.',
    unusable:
      'That backup is damaged or was written by a newer Plan Workshop, so it cannot be restored. Choose another one.',
    noBackups: 'There is no backup to restore yet.',
    diskFull:
      'The disk is too full for a backup, so none was taken and no older backup was removed. Free some space and try again.',
    failed:
      'The backup did not complete, and no older backup was removed. Try again; if it keeps failing, check the disk.',
  },
  workshopFile: {
    notWorkshopFile:
      'This is not a Plan Workshop file, so nothing was imported. Choose a file ending in .planworkshop that Plan Workshop exported.',
    truncated:
      'This file is incomplete (a copy or download was probably cut short), so nothing was imported. Export or copy it again from the original laptop.',
    damaged:
      'This file is damaged: its contents do not match their checksums, so nothing was imported. Export or copy it again from the original laptop.',
    newerVersion:
      'This file was exported by a newer Plan Workshop that this version cannot read, so nothing was imported. Update Plan Workshop, then import it again.',
    invalid:
      'This file holds contents this version of Plan Workshop cannot accept, so nothing was imported. Check the workshop on the original laptop and export it again.',
    tooLarge:
      'This file is too large to be a workshop file (at most 64 MB), so nothing was imported. Check that you chose the right file.',
    alreadyThere:
      'This workshop is already on this laptop, so nothing was imported. You can import it as a copy: the copy gets new ids and the existing workshop stays as it is.',
  },
  join: {
    badCode: 'A join code has 6 letters or digits. Check it against the projector or QR code and try again.',
    unknownCode: 'That join code does not exist. Check it, or ask the facilitator.',
    closed: 'The facilitator has not opened the session to the network yet. Try again shortly.',
    tooManyAttempts: 'Too many attempts. Wait a minute and try again.',
  },
  auth: {
    required: 'A valid join is needed. Scan the QR code or enter the join code again.',
    forbidden: 'Your join does not give access to this.',
    facilitatorRequired:
      "This change needs the facilitator's credential and was not made. Make it in Plan Workshop's window on the facilitator's computer.",
    crossSite:
      "Plan Workshop refused a request from another web page; nothing was changed. Use Plan Workshop's own pages only.",
  },
  dotVote: {
    limit: 'All your dots are placed. Take one back from a card to vote differently.',
    closed: 'The facilitator has locked the dot vote: dots cannot be placed or taken back now.',
    unknownCard: 'That card has been deleted or is blank, so it cannot take a dot.',
    notAVoter: 'The facilitator does not vote; only group members have dots of their own.',
  },
  live: {
    documentFull:
      'This plan has reached its size limit, and your latest changes were not saved. Copy out the text you want to keep and tell the facilitator.',
  },
  lan: {
    unknownAddress: 'This computer has no such network address. Choose one from the list.',
    portInUse:
      'The port is already in use on that network address, so the session cannot be opened to the LAN.',
  },
  followUp: {
    actualTooBig: 'That figure is too large; check it and enter it again.',
    unknownEntry:
      'The report names an item that is not in the plan this round judges it against, so nothing was saved. Reload the page and enter it again.',
    closed:
      'This review round is not open to the counties’ entry (or has been closed), so nothing was saved. Ask the facilitator to open it if you need to enter your report.',
    conflictBy:
      '{{name}} saved this field on another device while you were editing it, so your change was not saved. The box now shows what they saved: check it and change it again if it still needs changing.',
    conflictFacilitator:
      'The facilitator saved this field while you were editing it, so your change was not saved. The box now shows what they saved: check it and change it again if it still needs changing.',
    template: {
      unreadable:
        'This file cannot be read as an Excel workbook (.xlsx), so nothing was imported. Choose the review template downloaded from Plan Workshop, filled in and saved as .xlsx.',
      notTemplate:
        'This workbook is not a Plan Workshop review template, so nothing was imported. Download the template for this county and round, fill it in, then import it.',
      newerVersion:
        'This template was made by a newer Plan Workshop (layout version {{version}}) that this version cannot read, so nothing was imported. Update Plan Workshop first.',
      wrongCounty:
        'This template was made for another county ({{county}}), so nothing was imported. Import this county’s template.',
      wrongRound:
        'This template belongs to another review round, so nothing was imported. Download this round’s template and fill it in.',
      rowsChanged:
        'The row of cell {{cell}} was changed (rows added, deleted, moved or renamed), so nothing was imported. Fill in only the columns marked “fill in” or “choose” and the notes, and leave the rest as it was.',
      notNumber:
        'Cell {{cell}} holds “{{value}}”, which is not a number, so nothing was imported. Enter a number (thousands separators are fine) or leave it empty.',
      unknownStatus:
        'Cell {{cell}} holds “{{value}}”, which is not one of the statuses, so nothing was imported. Choose one from the drop-down list.',
      tooLong:
        'The text in cell {{cell}} is longer than {{max}} characters, so nothing was imported. Shorten it and import again.',
      tooLarge:
        'This file is too large to be a review template (at most 5 MB), so nothing was imported. Check that you chose the right file.',
    },
  },
  api: {
    notFound: 'That record was not found; it may have been deleted.',
    badRequest: 'The request is not valid. Check what you entered.',
    bodyTooLarge: 'What was sent is too large.',
    hostNotAllowed: 'Plan Workshop does not answer requests addressed to this host.',
    internal: 'Plan Workshop hit an internal error and nothing was saved. Please try again.',
    unreachable: 'Cannot reach the Plan Workshop hub. Check that it is still running.',
  },
  export: {
    noBrowser:
      'No Chromium to print PDFs with was found on this machine. Install Chromium, or set CHROMIUM_PATH and restart.',
    failed: 'The PDF could not be made. Please try again.',
  },
}

export const validationMessages = defineCatalogue('validation', zhCN, en)
