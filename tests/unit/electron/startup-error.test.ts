import { describe, expect, it } from 'vitest'
import { DataFolderError, StoreRefusedError } from '../../../electron/hub/store/store-errors'
import { describeStartupError } from '../../../electron/main/startup-error'
import { formatMessage } from '../../../shared/validation/messages'

describe('describeStartupError: what the facilitator reads when the app cannot start', () => {
  it('explains a data folder from a newer version in the OS language', () => {
    const error = new StoreRefusedError('store.tooNew', { found: 7, known: 3 })
    const zh = describeStartupError(error, 'zh-CN')
    expect(zh.title).toBe('规划工坊无法启动')
    expect(zh.message).toBe(formatMessage('store.tooNew', 'zh-CN', { found: 7, known: 3 }))
    expect(zh.message).toContain('7')
    expect(describeStartupError(error, 'en').message).toBe(
      formatMessage('store.tooNew', 'en', { found: 7, known: 3 }),
    )
  })

  it('explains a foreign database', () => {
    const { message } = describeStartupError(new StoreRefusedError('store.foreign'), 'en')
    expect(message).toBe(formatMessage('store.foreign', 'en'))
  })

  it('names a data folder that cannot be written, and what to do, in the OS language', () => {
    const error = new DataFolderError('readOnly', '/media/usb/Plan Workshop/data')
    expect(describeStartupError(error, 'en').message).toBe(
      'The data folder /media/usb/Plan Workshop/data cannot be written to (it is read-only). Make it writable, or use another folder.',
    )
    expect(describeStartupError(error, 'zh-CN').message).toMatch(
      /^数据文件夹 \/media\/usb\/Plan Workshop\/data 无法写入/,
    )
  })

  it('says what to do about any other failure and keeps the technical reason for support', () => {
    const { title, message } = describeStartupError(new Error('EACCES: permission denied'), 'en')
    expect(title).toBe('Plan Workshop cannot start')
    expect(message).toContain('EACCES: permission denied')
    expect(message).toContain('try again')
    expect(message).not.toMatch(/\{\w+\}/)
  })

  it('copes with something thrown that is not an Error', () => {
    expect(describeStartupError('disk full', 'zh-CN').message).toContain('disk full')
  })
})
