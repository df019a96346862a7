import { formatJoinCode } from '../../../shared/join/join-code'
import type { JoinInfo } from '../../../shared/join/join-schema'
import { useLanguage } from '../i18n/use-language'
import { bilingual } from '../workshop-setup/counties/county-name'
import { useMessages } from '../i18n/use-messages'
import { joinTabMessages } from '../workshop-setup/join/join-tab-messages'
import { projectorMessages } from './projector-messages'

/** Every group's code and QR code, large: the room joins from here. */
export function JoinView({ info }: { info: JoinInfo | undefined }) {
  const t = useMessages(projectorMessages)
  const tJoinTab = useMessages(joinTabMessages)
  const language = useLanguage()
  const open = info?.lan.open === true
  return (
    <div className="projector-join">
      <h1>{t('join.heading')}</h1>
      {!info ? (
        <p className="projector-empty">{t('loading')}</p>
      ) : info.groups.length === 0 ? (
        <p className="projector-empty">{t('join.noGroups')}</p>
      ) : (
        <>
          {!open && <p className="projector-empty">{t('join.closed')}</p>}
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
                      alt={tJoinTab('groups.qrAlt', { county: name })}
                    />
                  )}
                </li>
              )
            })}
          </ul>
          {open && info.lan.url && (
            <p className="projector-join-url">{t('join.typeAt', { url: info.lan.url })}</p>
          )}
        </>
      )}
    </div>
  )
}
