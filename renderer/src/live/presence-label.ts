import type { TreeOf } from '../../../shared/i18n/catalogue'
import type { Translate } from '../../../shared/i18n/translator'
import type { liveMessages } from './live-messages'

/**
 * How a person is named in presence lists: "王伟（你）", "张老师（主持人）". The facilitator's window
 * is named "主持人" / "Facilitator" when the workshop gives no name; it is then not tagged twice.
 */
export function presenceLabel(
  person: { name: string; facilitator: boolean; self?: boolean },
  t: Translate<TreeOf<typeof liveMessages>>,
): string {
  if (person.self) return t('presence.you', { name: person.name })
  const defaultNames = [t('facilitatorName', { lng: 'zh-CN' }), t('facilitatorName', { lng: 'en' })]
  if (person.facilitator && !defaultNames.includes(person.name)) {
    return t('presence.facilitator', { name: person.name })
  }
  return person.name
}
