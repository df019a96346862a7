import { Tag, Typography } from 'antd'
import { NoDataYet } from '../../components/no-data-yet'
import { ParticipantsForm } from './participants-form'
import { useParticipants } from './use-participants'
import { useMessages } from '../../i18n/use-messages'
import { signOffUiMessages } from './sign-off-ui-messages'

interface ParticipantsPanelProps {
  workshopId: string
  countyId: string
  token: string
  facilitator: boolean
  editable: boolean
}

/**
 * Who the PDF's cover and annex name: suggested by the hub (the group's members, then everyone who
 * joined under their own name), corrected by the facilitator. Groups see the list and whom to ask.
 */
export function ParticipantsPanel({
  workshopId,
  countyId,
  token,
  facilitator,
  editable,
}: ParticipantsPanelProps) {
  const t = useMessages(signOffUiMessages)
  const query = useParticipants(workshopId, countyId, token)
  const data = query.data
  let content
  if (data === undefined) content = <NoDataYet query={query} />
  else if (facilitator && editable)
    // Keyed by what the hub holds, so a saved correction (or a new join on refetch) restarts the form.
    content = (
      <ParticipantsForm
        key={JSON.stringify(data)}
        workshopId={workshopId}
        countyId={countyId}
        token={token}
        data={data}
      />
    )
  else if (data.participants.length === 0)
    content = <Typography.Paragraph type="secondary">{t('participants.none')}</Typography.Paragraph>
  else
    content = (
      <ul className="participants-list">
        {data.participants.map((person, index) => (
          <li key={index}>{person.post ? t('participants.withPost', person) : person.name}</li>
        ))}
      </ul>
    )
  return (
    <section aria-labelledby="participants-heading" className="plan-section">
      <Typography.Title level={2} id="participants-heading" className="plan-section-title">
        {t('participants.heading')} {data?.corrected && <Tag>{t('participants.corrected')}</Tag>}
      </Typography.Title>
      <Typography.Paragraph>
        {facilitator ? t('participants.introFacilitator') : t('participants.introGroup')}
      </Typography.Paragraph>
      {content}
    </section>
  )
}
