import { useTranslation } from 'react-i18next'

/** The facilitator's message, filling the screen. */
export function MessageView({ message, workshopTitle }: { message: string; workshopTitle: string }) {
  const { t } = useTranslation()
  return (
    <div className="projector-message-view">
      <h1 className="sr-only">{t('projector.message.label')}</h1>
      <p className="projector-message-text" data-testid="projector-message">
        {message.trim() !== '' ? message : workshopTitle}
      </p>
    </div>
  )
}
