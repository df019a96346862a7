import { usePrint } from '../print-context'

/**
 * Where the plan is signed and sealed: the county lead, the lead unit and the facilitator, each with
 * a line for a signature and a date. The facilitator's name is printed when the workshop has one.
 */
export function SignOffBlock({ facilitator }: { facilitator: string }) {
  const { t } = usePrint()
  const signers = [
    { role: t('signOff.countyLead'), name: '' },
    { role: t('signOff.leadUnit'), name: '' },
    { role: t('signOff.facilitator'), name: facilitator.trim() },
  ]
  return (
    <section className="print-section print-sign-off" aria-labelledby="section-sign-off">
      <h2 id="section-sign-off">{t('signOff.title')}</h2>
      <p>{t('signOff.intro')}</p>
      <div className="print-signers">
        {signers.map((signer) => (
          <div key={signer.role} className="print-signer">
            <p className="print-signer-role">{signer.role}</p>
            {signer.name && <p className="print-signer-name">{signer.name}</p>}
            <p className="print-signature-line">
              <span>{t('signOff.signature')}</span>
            </p>
            <p className="print-signature-line">
              <span>{t('signOff.date')}</span>
            </p>
          </div>
        ))}
      </div>
      <p className="print-seal">{t('signOff.seal')}</p>
    </section>
  )
}
