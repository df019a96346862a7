import type { Plan } from '../../../../shared/live/plan-schema'
import { usePrintMessages } from '../../print/print-context'
import { PrintSection, Prose } from '../../print/print-section'
import { signOffUiMessages } from './sign-off-ui-messages'
import './sign-off-print.css'

/** Where the plan is signed and sealed: each signer with a line for a signature and a date. */
function SignOffBlock({ facilitator }: { facilitator: string }) {
  const t = usePrintMessages(signOffUiMessages)
  const signers = [
    { role: t('print.countyLead'), name: '' },
    { role: t('print.leadUnit'), name: '' },
    { role: t('print.facilitator'), name: facilitator.trim() },
  ]
  return (
    <section className="print-section print-sign-off" aria-labelledby="section-sign-off">
      <h2 id="section-sign-off">{t('print.title')}</h2>
      <p>{t('print.intro')}</p>
      <div className="print-signers">
        {signers.map((signer) => (
          <div key={signer.role} className="print-signer">
            <p className="print-signer-role">{signer.role}</p>
            {signer.name && <p className="print-signer-name">{signer.name}</p>}
            <p className="print-signature-line">
              <span>{t('print.signature')}</span>
            </p>
            <p className="print-signature-line">
              <span>{t('print.date')}</span>
            </p>
          </div>
        ))}
      </div>
      <p className="print-seal">{t('print.seal')}</p>
    </section>
  )
}

/**
 * The sign-off's part of the printed plan, numbered `number`: the monitoring and review schedule, then
 * the block where the county lead, the lead unit and the facilitator sign (the facilitator's name
 * printed when the workshop has one). The cover is the document's own.
 */
export function SignOffPrint({
  number,
  plan,
  facilitator,
}: {
  number: number
  plan: Plan
  facilitator: string
}) {
  return (
    <>
      <PrintSection section="monitoring" number={number}>
        <Prose paragraphs={plan.prose.monitoring} />
      </PrintSection>
      <SignOffBlock facilitator={facilitator} />
    </>
  )
}
