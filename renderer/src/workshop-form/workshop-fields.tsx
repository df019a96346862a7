import { Col, DatePicker, Form, Input, Radio, Row } from 'antd'
import { useTranslation } from 'react-i18next'

/**
 * The fields of a workshop, shared by the "new workshop" dialog and the Details tab. Title and venue
 * may also be given in English, which English screens and exports show.
 * Dates are typed or picked as YYYY-MM-DD in both languages: unambiguous, and what the hub stores.
 */
export function WorkshopFields() {
  const { t } = useTranslation()
  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="title" label={t('workshop.fields.title')} required>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="titleEn" label={t('workshop.fields.titleEn')}>
            <Input lang="en" maxLength={200} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="startDate" label={t('workshop.fields.startDate')} required>
            <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="endDate" label={t('workshop.fields.endDate')} required>
            <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="venue" label={t('workshop.fields.venue')}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="venueEn" label={t('workshop.fields.venueEn')}>
            <Input lang="en" maxLength={200} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="facilitator" label={t('workshop.fields.facilitator')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item
        name="language"
        label={t('workshop.fields.language')}
        extra={t('workshop.fields.languageHelp')}
        required
      >
        <Radio.Group
          options={[
            { value: 'zh-CN', label: t('workshop.languages.zhCN') },
            { value: 'en', label: t('workshop.languages.en') },
          ]}
        />
      </Form.Item>
    </>
  )
}
