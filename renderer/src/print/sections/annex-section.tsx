import type { County } from '../../../../shared/county/county-schema'
import type { GroupMember } from '../../../../shared/group/group-schema'
import { sourceTitle } from '../../../../shared/county/county-texts'
import {
  povertyLineBasis,
  povertyLineSource,
  type PovertyLine,
} from '../../../../shared/poverty-line/poverty-line-schema'
import { usePrint } from '../print-context'
import { NotGiven, PrintSection, TextOr } from '../print-section'
import { PrintTableHead } from '../print-table-head'
import { GlossaryTable } from './glossary-table'

function Verified({ verified }: { verified: boolean }) {
  const { t } = usePrint()
  return (
    <span className={verified ? 'print-verified' : 'print-unverified'}>
      {verified ? t('annex.verified') : t('annex.unverified')}
    </span>
  )
}

interface AnnexProps {
  number: number
  county: County
  participants: readonly GroupMember[]
  povertyLines: readonly PovertyLine[]
}

/** Participants, where every reference figure came from (and whether it was checked), and a glossary. */
export function AnnexSection({ number, county, participants, povertyLines }: AnnexProps) {
  const { t, format, locale } = usePrint()
  return (
    <PrintSection section="annexes" number={number} newPage>
      <h3>{t('annex.participants')}</h3>
      {participants.length === 0 ? (
        <p className="print-empty">{t('notFilled')}</p>
      ) : (
        <table className="print-table">
          <PrintTableHead
            columns={[
              { label: t('annex.name'), width: '35%' },
              { label: t('annex.post'), width: '65%' },
            ]}
          />
          <tbody>
            {participants.map((member, index) => (
              <tr key={index}>
                <td>{member.name}</td>
                <td>
                  <TextOr text={member.post} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{t('annex.sources')}</h3>
      {county.sources.length === 0 ? (
        <p className="print-empty">{t('notFilled')}</p>
      ) : (
        <table className="print-table">
          <PrintTableHead
            columns={[
              { label: t('annex.source'), width: '52%' },
              { label: t('annex.link'), width: '33%' },
              { label: t('annex.checked'), width: '15%' },
            ]}
          />
          <tbody>
            {county.sources.map((source, index) => (
              <tr key={index}>
                <td>{sourceTitle(source, locale)}</td>
                <td className="print-url">{source.url === '' ? <NotGiven /> : source.url}</td>
                <td className="print-term">
                  <Verified verified={source.verified} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{t('annex.povertyLines')}</h3>
      {povertyLines.length === 0 ? (
        <p className="print-empty">{t('notFilled')}</p>
      ) : (
        <table className="print-table">
          <PrintTableHead
            columns={[
              { label: t('situation.year'), width: '10%' },
              {
                label: (
                  <>
                    {t('annex.line')}
                    <span className="print-unit">{t('annex.lineUnit')}</span>
                  </>
                ),
                width: '16%',
                numeric: true,
              },
              { label: t('annex.basis'), width: '22%' },
              { label: t('annex.source'), width: '38%' },
              { label: t('annex.checked'), width: '14%' },
            ]}
          />
          <tbody>
            {povertyLines.map((line) => (
              <tr key={line.year}>
                <td className="print-term">{line.year}</td>
                <td className="print-number">{format.count(line.yuanPerPersonYear)}</td>
                <td>{povertyLineBasis(line, locale)}</td>
                <td>
                  <TextOr text={povertyLineSource(line, locale)} />
                </td>
                <td className="print-term">
                  <Verified verified={line.verified} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{t('annex.glossary')}</h3>
      <GlossaryTable />
    </PrintSection>
  )
}
