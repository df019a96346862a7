import { defineCatalogue } from '../../../shared/i18n/catalogue'

/** Moving a workshop to another laptop in one file: the export button and the import dialog. */
export const workshopFileMessages = defineCatalogue(
  'ui-workshop-file',
  {
    export: {
      button: '导出培训班文件',
      running: '正在导出…',
      done: '已导出“{{fileName}}”。在另一台电脑的规划工坊首页选择“导入培训班”即可打开。',
      hint: '把整个培训班（设置、各县规划、资源目录和贫困线）保存为一个文件，用于换电脑或存档。',
    },
    import: {
      button: '导入培训班…',
      title: '导入培训班',
      intro:
        '选择从另一台电脑导出的培训班文件（.planworkshop）。文件会先经过完整检查：要么全部导入，要么什么都不改。',
      drop: '点击选择文件，或把文件拖到这里',
      dropHint: '只接受规划工坊导出的 .planworkshop 文件',
      sending: '正在上传“{{fileName}}”…',
      checking: '正在检查并导入“{{fileName}}”…',
      asCopy: '作为副本导入',
      chooseOther: '选择其他文件',
      close: '关闭',
      done: '已导入培训班“{{title}}”。',
      doneCopy: '已将培训班作为副本“{{title}}”导入。',
    },
  },
  {
    export: {
      button: 'Export workshop file',
      running: 'Exporting…',
      done: 'Exported “{{fileName}}”. On the other laptop, choose “Import workshop” on Plan Workshop’s home screen to open it.',
      hint: 'Saves the whole workshop (setup, every county’s plan, the resource catalogue and the poverty lines) as one file, to move to another laptop or to archive.',
    },
    import: {
      button: 'Import workshop…',
      title: 'Import a workshop',
      intro:
        'Choose a workshop file (.planworkshop) exported on another laptop. The file is checked all the way through first: either all of it is imported or nothing changes.',
      drop: 'Click to choose a file, or drop it here',
      dropHint: 'Only .planworkshop files exported by Plan Workshop',
      sending: 'Uploading “{{fileName}}”…',
      checking: 'Checking and importing “{{fileName}}”…',
      asCopy: 'Import as a copy',
      chooseOther: 'Choose another file',
      close: 'Close',
      done: 'Imported the workshop “{{title}}”.',
      doneCopy: 'Imported the workshop as a copy, “{{title}}”.',
    },
  },
)
