import { useState } from 'react'
import { useParams } from 'react-router'
import { ProjectorNotice } from './projector-notice'
import { ProjectorScreen } from './projector-screen'
import { takeProjectorToken } from './projector-token'
import './projector.css'

/** `/projector/:workshopId#<token>`: what the room sees, driven by the console; nothing to click. */
export function ProjectorPage() {
  const { workshopId = '' } = useParams()
  const [token] = useState(() => takeProjectorToken(workshopId))
  if (!token) return <ProjectorNotice kind="noToken" />
  return <ProjectorScreen workshopId={workshopId} token={token} />
}
