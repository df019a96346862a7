import type { Page } from '@playwright/test'
import { LUEYANG, newDevice, openLanOnLoopback, readJoin, saveStatus } from './support/live-join'
import { expect, test } from './support/test'
import { seriousViolations } from './support/axe'

test.use({ demo: true })

const PHONE = { width: 390, height: 844 }

const codeItem = (page: Page) =>
  page.locator('.ant-form-item').filter({ has: page.getByLabel(/加入码|Join code/) })
const submit = (page: Page, name = '加入') => page.getByRole('button', { name, exact: true }).click()

test('on a phone: the code is formatted as typed, wrong codes are explained in both languages, a stored join continues', async ({
  browser,
  hub,
  page,
}) => {
  await openLanOnLoopback(page)
  const { code } = await readJoin(page, LUEYANG)
  const phone = await newDevice(browser, hub.url, PHONE)
  const p = phone.page

  await p.goto('/join')
  await expect(p.getByRole('heading', { level: 1, name: '加入县小组' })).toBeVisible()
  await expect(p).toHaveTitle('加入小组 – 规划工坊 Plan Workshop')
  expect(await seriousViolations(p), 'join page').toEqual([])

  const box = p.getByLabel('加入码')
  await box.pressSequentially('abc')
  await expect(box).toHaveValue('ABC')
  await p.getByLabel('你的姓名').fill('王伟')
  await submit(p)
  await expect(codeItem(p)).toContainText('加入码应为 6 位字母或数字')

  await box.fill('zzz zzz')
  await expect(box).toHaveValue('ZZZ-ZZZ')
  await submit(p)
  await expect(codeItem(p)).toContainText('没有这个加入码。请核对后重试，或请主持人确认。')

  await p.getByRole('radiogroup', { name: '界面语言' }).getByText('English').click()
  await expect(p.getByLabel('Join code')).toHaveValue('ZZZ-ZZZ')
  await expect(codeItem(p)).toContainText('That join code does not exist. Check it, or ask the facilitator.')
  await p.getByRole('radiogroup', { name: 'Language' }).getByText('中文').click()

  await box.fill(code)
  await p.getByLabel('你的姓名').fill('')
  await submit(p)
  await expect(p.locator('.ant-form-item').filter({ has: p.getByLabel('你的姓名') })).toContainText(
    '此项为必填项。',
  )
  await p.getByLabel('你的姓名').fill('王伟')
  await expect(p.getByText('此项为必填项。')).toHaveCount(0)
  await p.screenshot({ path: 'test-results/screenshots/join-390x844.png' })
  await submit(p)
  await expect(p).toHaveURL(/\/plan\//)
  await expect(saveStatus(p)).toHaveText('已保存')
  // Nothing on the plan page is wider than the phone.
  const overflow = await p.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(overflow).toBeLessThanOrEqual(0)
  expect(await seriousViolations(p), 'plan page on a phone').toEqual([])
  await p.screenshot({ path: 'test-results/screenshots/plan-390x844.png' })

  // Coming back to /join offers the stored join, or a fresh one.
  await p.goto('/join')
  await expect(p.getByRole('heading', { name: '本设备已加入略阳县小组' })).toBeVisible()
  await expect(p.getByText('姓名：王伟。')).toBeVisible()
  await expect(p.getByRole('heading', { name: '重新加入或加入其他小组' })).toBeVisible()
  await p.getByRole('button', { name: '继续编辑方案' }).click()
  await expect(p.getByRole('heading', { level: 1 })).toContainText(LUEYANG)
  await phone.context.close()
})

test('the join page says when there were too many attempts, and when the hub cannot be reached', async ({
  browser,
  hub,
  page,
}) => {
  await openLanOnLoopback(page)
  const phone = await newDevice(browser, hub.url, PHONE)
  const p = phone.page
  await p.goto('/join')
  await p.getByLabel('加入码').fill('ZZZ-ZZZ')
  await p.getByLabel('你的姓名').fill('王伟')
  // The hub allows 10 attempts per minute from one address.
  for (let attempt = 1; attempt <= 10; attempt++) {
    await submit(p)
    await expect(codeItem(p)).toContainText('没有这个加入码')
  }
  await submit(p)
  await expect(p.getByRole('alert')).toContainText('尝试次数过多，请一分钟后再试。')

  await hub.stop()
  await submit(p)
  await expect(p.getByRole('alert')).toContainText('无法连接到规划工坊服务，请检查程序是否仍在运行。')
  await phone.context.close()
})
