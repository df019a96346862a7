import { CheckCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons'
import { Flex, Spin, Table, Typography } from 'antd'
import { productName } from '../../../../shared/county/county-texts'
import type { County } from '../../../../shared/county/county-schema'
import { isPending } from '../../api/pending-id'
import { NotGiven } from '../../components/not-given'
import { useFormatters } from '../../components/use-formatters'
import { useLanguage } from '../../i18n/use-language'
import { bilingual, BilingualName } from './county-name'
import { RowActions } from '../../components/row-actions'
import { useMessages } from '../../i18n/use-messages'
import { commonMessages } from '../../components/common-messages'
import { countiesMessages } from './counties-messages'

interface CountyTableProps {
  counties: County[]
  onEdit: (county: County) => void
  onDelete: (county: County) => void
}

/** Each county's key figures at a glance, with the year each figure refers to. */
export function CountyTable({ counties, onEdit, onDelete }: CountyTableProps) {
  const t = useMessages(countiesMessages)
  const tCommon = useMessages(commonMessages)
  const format = useFormatters()
  const language = useLanguage()
  const nameOf = (county: County) => bilingual(county.name, county.nameEn, language).primary

  const figure = (value: number | null, year?: number | null) =>
    value === null ? (
      <NotGiven />
    ) : (
      <>
        <span className="figure">{format.count(value)}</span>
        {year != null && (
          <>
            <br />
            <Typography.Text type="secondary">{t('inYear', { year })}</Typography.Text>
          </>
        )}
      </>
    )

  return (
    <Table<County>
      rowKey="id"
      dataSource={counties}
      pagination={false}
      size="middle"
      scroll={{ x: 1200 }}
      columns={[
        {
          key: 'name',
          title: t('columns.name'),
          fixed: 'start',
          width: 220,
          render: (_, county) => {
            const region = bilingual(
              [county.province, county.prefecture].filter(Boolean).join(' '),
              [county.provinceEn, county.prefectureEn].filter(Boolean).join(', '),
              language,
            ).primary
            return (
              <Flex gap={6} align="start">
                {isPending(county.id) && <Spin size="small" />}
                <span>
                  <BilingualName chinese={county.name} english={county.nameEn} />
                  {region && (
                    <>
                      <br />
                      <Typography.Text type="secondary">{region}</Typography.Text>
                    </>
                  )}
                </span>
              </Flex>
            )
          },
        },
        {
          key: 'population',
          title: t('columns.population'),
          align: 'end',
          width: 110,
          render: (_, county) => figure(county.population),
        },
        {
          key: 'registeredPoor',
          title: t('columns.registeredPoor'),
          align: 'end',
          width: 160,
          render: (_, county) =>
            county.registeredPoorHouseholds === null && county.registeredPoorPeople === null ? (
              <NotGiven />
            ) : (
              <>
                <span className="figure">
                  {county.registeredPoorHouseholds === null
                    ? '—'
                    : format.count(county.registeredPoorHouseholds)}
                  {' / '}
                  {county.registeredPoorPeople === null ? '—' : format.count(county.registeredPoorPeople)}
                </span>
                {county.baselineYear !== null && (
                  <>
                    <br />
                    <Typography.Text type="secondary">
                      {t('inYear', { year: county.baselineYear })}
                    </Typography.Text>
                  </>
                )}
              </>
            ),
        },
        {
          key: 'remainingPoor',
          title: t('columns.remainingPoor'),
          align: 'end',
          width: 120,
          render: (_, county) => figure(county.remainingPoorPeople, county.remainingPoorYear),
        },
        {
          key: 'incidence',
          title: t('columns.incidence'),
          align: 'end',
          width: 110,
          render: (_, county) =>
            county.povertyIncidence === null ? (
              <NotGiven />
            ) : (
              <span className="figure">{county.povertyIncidence}%</span>
            ),
        },
        {
          key: 'products',
          title: t('columns.products'),
          width: 170,
          render: (_, county) =>
            county.signatureProducts.length === 0 ? (
              <NotGiven />
            ) : (
              county.signatureProducts.map((product, index) => (
                <div key={index}>{productName(product, language)}</div>
              ))
            ),
        },
        {
          key: 'sources',
          title: t('columns.sources'),
          width: 130,
          render: (_, county) => {
            const total = county.sources.length
            if (total === 0) return <NotGiven />
            const verified = county.sources.filter((source) => source.verified).length
            return (
              <span>
                {verified === total ? (
                  <CheckCircleOutlined aria-hidden style={{ color: '#237804' }} />
                ) : (
                  <ExclamationCircleOutlined aria-hidden style={{ color: '#ad6800' }} />
                )}{' '}
                {t('sourcesVerified', { verified, total })}
              </span>
            )
          },
        },
        {
          key: 'actions',
          title: tCommon('actions'),
          width: 190,
          render: (_, county) => (
            <RowActions
              editLabel={t('editNamed', { name: nameOf(county) })}
              deleteLabel={t('deleteNamed', { name: nameOf(county) })}
              disabled={isPending(county.id)}
              onEdit={() => onEdit(county)}
              onDelete={() => onDelete(county)}
            />
          ),
        },
      ]}
    />
  )
}
