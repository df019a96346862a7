import type Database from 'better-sqlite3'
import { openDatabase } from './open-database'
import { AccessRepository } from './repositories/access-repository'
import { AgendaRepository } from './repositories/agenda-repository'
import { BallotRepository } from './repositories/ballot-repository'
import { CountyRepository } from './repositories/county-repository'
import { FollowUpRepository } from './repositories/follow-up-repository'
import { GroupRepository } from './repositories/group-repository'
import { LiveDocRepository } from './repositories/live-doc-repository'
import { ParticipantRepository } from './repositories/participant-repository'
import { PlanVersionRepository } from './repositories/plan-version-repository'
import { PovertyLineRepository } from './repositories/poverty-line-repository'
import { ResourceRepository } from './repositories/resource-repository'
import { WorkshopFileRepository } from './repositories/workshop-file-repository'
import { WorkshopRepository } from './repositories/workshop-repository'

/** The data folder's database and the repositories over it; nothing outside `store/` writes SQL. */
export interface Store {
  db: Database.Database
  workshops: WorkshopRepository
  counties: CountyRepository
  groups: GroupRepository
  agenda: AgendaRepository
  povertyLines: PovertyLineRepository
  resources: ResourceRepository
  liveDocs: LiveDocRepository
  access: AccessRepository
  participants: ParticipantRepository
  ballots: BallotRepository
  workshopFiles: WorkshopFileRepository
  planVersions: PlanVersionRepository
  followUp: FollowUpRepository
  close(): void
}

export function openStore(dataDir: string): Store {
  return storeOver(openDatabase(dataDir))
}

/** The repositories over an open, migrated database; closing the store closes the connection. */
export function storeOver(db: Database.Database): Store {
  const agenda = new AgendaRepository(db)
  const povertyLines = new PovertyLineRepository(db)
  const resources = new ResourceRepository(db)
  return {
    db,
    workshops: new WorkshopRepository(db, agenda, povertyLines, resources),
    counties: new CountyRepository(db),
    groups: new GroupRepository(db),
    agenda,
    povertyLines,
    resources,
    liveDocs: new LiveDocRepository(db),
    access: new AccessRepository(db),
    participants: new ParticipantRepository(db),
    ballots: new BallotRepository(db),
    workshopFiles: new WorkshopFileRepository(db),
    planVersions: new PlanVersionRepository(db),
    followUp: new FollowUpRepository(db),
    close: () => db.close(),
  }
}
