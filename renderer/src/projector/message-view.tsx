import { useMessages } from '../i18n/use-messages'
import { projectorMessages } from './projector-messages'

/** The facilitator's message, filling the screen. */
export function MessageView({ message, workshopTitle }: { message: string; workshopTitle: string }) {
  const t = useMessages(projectorMessages)
  return (
    <div className="projector-message-view">
      <h1 className="sr-only">{t('message.label')}</h1>
      <p className="projector-message-text" data-testid="projector-message">
        {message.trim() !== '' ? message : workshopTitle}
      </p>
    </div>
  )
}
