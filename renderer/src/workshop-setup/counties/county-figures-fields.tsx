import { Button, Col, Form, InputNumber, Row } from 'antd'
import type { ReactNode } from 'react'
import { computeIncidence, type CountyInput } from '../../../../shared/county/county-schema'
import { useMessages } from '../../i18n/use-messages'
import { countiesMessages } from './counties-messages'

type FigureField = keyof Pick<
  CountyInput,
  | 'population'
  | 'poorVillages'
  | 'registeredPoorHouseholds'
  | 'registeredPoorPeople'
  | 'baselineYear'
  | 'remainingPoorPeople'
  | 'remainingPoorYear'
  | 'povertyIncidence'
>

/**
 * The county's figures. Inputs do not clamp or round: a figure out of range is kept as typed and the
 * shared schema explains what is wrong, so nothing is silently changed.
 */
export function CountyFiguresFields() {
  const t = useMessages(countiesMessages)
  const form = Form.useFormInstance<CountyInput>()
  const population = Form.useWatch('population', form)
  const registeredPoorPeople = Form.useWatch('registeredPoorPeople', form)
  const incidence = Form.useWatch('povertyIncidence', form)
  const suggestion = computeIncidence(registeredPoorPeople ?? null, population ?? null)

  const figure = (name: FigureField, extra?: ReactNode) => (
    <Form.Item name={name} label={t(`fields.${name}`)} extra={extra}>
      <InputNumber style={{ width: '100%' }} />
    </Form.Item>
  )

  return (
    <>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          {figure('population')}
        </Col>
        <Col xs={24} sm={12}>
          {figure('poorVillages')}
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} sm={8}>
          {figure('registeredPoorHouseholds')}
        </Col>
        <Col xs={24} sm={8}>
          {figure('registeredPoorPeople')}
        </Col>
        <Col xs={24} sm={8}>
          {figure('baselineYear')}
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          {figure('remainingPoorPeople')}
        </Col>
        <Col xs={24} sm={12}>
          {figure('remainingPoorYear')}
        </Col>
      </Row>
      {figure(
        'povertyIncidence',
        suggestion !== null && suggestion !== incidence ? (
          <span>
            {t('form.incidenceSuggestion', { value: suggestion })}{' '}
            <Button
              size="small"
              onClick={() => form.setFields([{ name: 'povertyIncidence', value: suggestion, errors: [] }])}
            >
              {t('form.useSuggestion', { value: suggestion })}
            </Button>
            <br />
            {t('form.incidenceHelp')}
          </span>
        ) : undefined,
      )}
    </>
  )
}
