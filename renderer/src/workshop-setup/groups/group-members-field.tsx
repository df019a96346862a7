import { Col, Row, Typography } from 'antd'
import { PeopleListField, PERSON_COLUMNS } from '../../components/people-list-field'
import { useMessages } from '../../i18n/use-messages'
import { groupsMessages } from './groups-messages'

/** The officials in the group, each with their post (副县长, 商务局局长 …). */
export function GroupMembersField() {
  const t = useMessages(groupsMessages)
  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
      <legend style={{ fontSize: 15, marginBottom: 8 }}>{t('fields.members')}</legend>
      <PeopleListField
        name="members"
        max={20}
        labels={{
          name: (n) => t('form.memberNameN', { n }),
          post: (n) => t('form.memberPostN', { n }),
          remove: (n) => t('form.removeMemberN', { n }),
          add: t('form.addMember'),
        }}
        empty={<Typography.Paragraph type="secondary">{t('form.membersEmpty')}</Typography.Paragraph>}
        header={
          <Row gutter={8} aria-hidden="true" wrap={false}>
            <Col flex={PERSON_COLUMNS.name}>
              <Typography.Text type="secondary">{t('fields.memberName')}</Typography.Text>
            </Col>
            <Col flex={PERSON_COLUMNS.post}>
              <Typography.Text type="secondary">{t('fields.memberPost')}</Typography.Text>
            </Col>
            {/* Room for the rows' remove buttons. */}
            <Col flex="32px" />
          </Row>
        }
      />
    </fieldset>
  )
}
