import { Col, DatePicker, Form, Input, Radio, Row } from 'antd'
import { TYPED_DATE_FORMATS } from '../forms/typed-date-formats'
import { useMessages } from '../i18n/use-messages'
import { workshopFormMessages } from './workshop-form-messages'

/**
 * The fields of a workshop, shared by the "new workshop" dialog and the Details tab. Title and venue
 * may also be given in English, which English screens and exports show.
 * Dates are typed (2018-03-01 or 20180301) or picked, shown YYYY-MM-DD in both languages: unambiguous,
 * and what the hub stores — the same date boxes as the plan's.
 */
export function WorkshopFields() {
  const t = useMessages(workshopFormMessages)
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="title" label={t('fields.title')} required>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="titleEn" label={t('fields.titleEn')}>
            <Input lang="en" maxLength={200} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="startDate" label={t('fields.startDate')} required>
            <DatePicker format={TYPED_DATE_FORMATS} preserveInvalidOnBlur style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="endDate" label={t('fields.endDate')} required>
            <DatePicker format={TYPED_DATE_FORMATS} preserveInvalidOnBlur style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="venue" label={t('fields.venue')}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="venueEn" label={t('fields.venueEn')}>
            <Input lang="en" maxLength={200} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="facilitator" label={t('fields.facilitator')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="language" label={t('fields.language')} extra={t('fields.languageHelp')} required>
        <Radio.Group
          options={[
            { value: 'zh-CN', label: t('languages.zhCN') },
            { value: 'en', label: t('languages.en') },
          ]}
        />
      </Form.Item>
    </>
  )
}
