import type { TFunction } from 'i18next'

/**
 * How a person is named in presence lists: "王伟（你）", "张老师（主持人）". The facilitator's window
 * is named "主持人" / "Facilitator" when the workshop gives no name; it is then not tagged twice.
 */
export function presenceLabel(
  person: { name: string; facilitator: boolean; self?: boolean },
  t: TFunction,
): string {
  if (person.self) return t('plan.presence.you', { name: person.name })
  const defaultNames = [t('plan.facilitatorName', { lng: 'zh-CN' }), t('plan.facilitatorName', { lng: 'en' })]
  if (person.facilitator && !defaultNames.includes(person.name)) {
    return t('plan.presence.facilitator', { name: person.name })
  }
  return person.name
}
