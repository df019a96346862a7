import { useTranslation } from 'react-i18next'
import { formatJoinCode } from '../../../shared/join/join-code'
import type { JoinInfo } from '../../../shared/join/join-schema'
import { useLanguage } from '../i18n/use-language'
import { bilingual } from '../workshop-setup/counties/county-name'

/** Every group's code and QR code, large: the room joins from here. */
export function JoinView({ info }: { info: JoinInfo | undefined }) {
  const { t } = useTranslation()
  const language = useLanguage()
  const open = info?.lan.open === true
  return (
    <div className="projector-join">
      <h1>{t('projector.join.heading')}</h1>
      {!info ? (
        <p className="projector-empty">{t('projector.loading')}</p>
      ) : info.groups.length === 0 ? (
        <p className="projector-empty">{t('projector.join.noGroups')}</p>
      ) : (
        <>
          {!open && <p className="projector-empty">{t('projector.join.closed')}</p>}
          <ul className="projector-join-grid" data-count={Math.min(info.groups.length, 12)}>
            {info.groups.map((group) => {
              const name = bilingual(group.countyName, group.countyNameEn, language).primary
              return (
                <li key={group.groupId} className="projector-join-card" data-county={group.countyName}>
                  <div className="projector-join-text">
                    <div className="projector-join-county">{name}</div>
                    <div className="projector-join-code" data-testid="projector-join-code">
                      {formatJoinCode(group.code)}
                    </div>
                  </div>
                  {group.qrSvg && (
                    <img
                      className="projector-join-qr"
                      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(group.qrSvg)}`}
                      alt={t('joinTab.groups.qrAlt', { county: name })}
                    />
                  )}
                </li>
              )
            })}
          </ul>
          {open && info.lan.url && (
            <p className="projector-join-url">{t('projector.join.typeAt', { url: info.lan.url })}</p>
          )}
        </>
      )}
    </div>
  )
}
