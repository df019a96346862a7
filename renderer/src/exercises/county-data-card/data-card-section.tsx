import { Col, Form, Row, Typography } from 'antd'
import type * as Y from 'yjs'
import { DATA_CARD_FIELDS } from '../../../../shared/exercises/county-data-card/county-data-card-schema'
import { DataCardFigure } from './data-card-figure'
import { useDataCard } from './use-data-card'
import { useMessages } from '../../i18n/use-messages'
import { countyDataCardUiMessages } from './county-data-card-ui-messages'

/** The county's key figures, co-edited: each figure is one value in the plan's data card. */
export function DataCardSection({ doc, editable }: { doc: Y.Doc; editable: boolean }) {
  const t = useMessages(countyDataCardUiMessages)
  const card = useDataCard(doc)
  return (
    <section aria-labelledby="data-card-heading" className="plan-section">
      <Typography.Title level={2} id="data-card-heading" className="plan-section-title">
        {t('dataCard.heading')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('dataCard.intro')}</Typography.Paragraph>
      <Form layout="vertical" component="div" requiredMark={false}>
        <Row gutter={16}>
          {DATA_CARD_FIELDS.map((field) => (
            <Col key={field} xs={24} sm={12} lg={8} xl={6}>
              <DataCardFigure doc={doc} field={field} value={card[field]} editable={editable} />
            </Col>
          ))}
        </Row>
      </Form>
    </section>
  )
}
