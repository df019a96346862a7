import { useEffect, useState } from 'react'
import { useParams } from 'react-router'
import { ProjectorNotice } from './projector-notice'
import { ProjectorScreen } from './projector-screen'
import { takeProjectorToken } from './projector-token'
import './projector.css'

/** `/projector/:workshopId#<token>`: what the room sees, driven by the console; nothing to click. */
export function ProjectorPage() {
  const { workshopId = '' } = useParams()
  const [token] = useState(() => takeProjectorToken(workshopId))
  useEffect(() => {
    // A link pasted into this same tab changes only the fragment. Start afresh with the new credential:
    // the page's live socket may still carry the old one's refusal.
    const onHashChange = () => {
      if (takeProjectorToken(workshopId) !== token) window.location.reload()
    }
    window.addEventListener('hashchange', onHashChange)
    return () => window.removeEventListener('hashchange', onHashChange)
  }, [workshopId, token])
  if (!token) return <ProjectorNotice kind="noToken" />
  return <ProjectorScreen workshopId={workshopId} token={token} />
}
