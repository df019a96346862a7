import type Database from 'better-sqlite3'

export type TokenKind = 'facilitator' | 'group'

export interface TokenRecord {
  kind: TokenKind
  workshopId: string | null
  countyId: string | null
  groupId: string | null
  displayName: string
  expiresAt: string
  revokedAt: string | null
}

interface TokenRow {
  kind: TokenKind
  workshop_id: string | null
  county_id: string | null
  group_id: string | null
  display_name: string
  expires_at: string
  revoked_at: string | null
}

/** Join codes, bearer tokens (by hash) and hub settings. */
export class AccessRepository {
  private readonly codeForGroup
  private readonly groupForCode
  private readonly insertCode
  private readonly insertToken
  private readonly tokenByHash
  private readonly revokeGroupTokensStatement
  private readonly joinedNamesStatement
  private readonly getSetting
  private readonly putSetting

  constructor(private readonly db: Database.Database) {
    this.codeForGroup = db.prepare('SELECT code FROM join_codes WHERE group_id = ?').pluck()
    this.groupForCode = db.prepare('SELECT group_id FROM join_codes WHERE code = ?').pluck()
    this.insertCode = db.prepare('INSERT INTO join_codes (group_id, code, created_at) VALUES (?, ?, ?)')
    this.insertToken =
      db.prepare(`INSERT INTO access_tokens (token_hash, kind, workshop_id, county_id, group_id,
      display_name, created_at, expires_at) VALUES (@hash, @kind, @workshopId, @countyId, @groupId, @displayName, @now, @expiresAt)`)
    this.tokenByHash = db.prepare('SELECT * FROM access_tokens WHERE token_hash = ?')
    this.revokeGroupTokensStatement = db.prepare(
      "UPDATE access_tokens SET revoked_at = ? WHERE kind = 'group' AND revoked_at IS NULL",
    )
    this.joinedNamesStatement = db
      .prepare(
        "SELECT display_name FROM access_tokens WHERE kind = 'group' AND county_id = ? ORDER BY created_at, rowid",
      )
      .pluck()
    this.getSetting = db.prepare('SELECT value FROM hub_settings WHERE key = ?').pluck()
    this.putSetting = db.prepare(
      'INSERT INTO hub_settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    )
  }

  joinCode(groupId: string): string | null {
    return (this.codeForGroup.get(groupId) as string | undefined) ?? null
  }

  groupIdForCode(code: string): string | null {
    return (this.groupForCode.get(code) as string | undefined) ?? null
  }

  /** Stores a new code; returns false when the code is already taken by another group. */
  addJoinCode(groupId: string, code: string): boolean {
    try {
      this.insertCode.run(groupId, code, new Date().toISOString())
      return true
    } catch (error) {
      if (String(error).includes('UNIQUE')) return false
      throw error
    }
  }

  /**
   * Committed without waiting for the disk (synchronous=NORMAL for this one statement): sixty phones join
   * within seconds, and an fsync per join, on the thread that relays live edits, held those edits up by
   * tens of milliseconds. A crash of the hub loses nothing (the row is in the WAL file); a power cut can
   * lose a token of the last moment only, since the next durable commit of the file — live edits are
   * committed with an fsync within a second while people write — carries it too. A device whose token was
   * lost is sent back to the join page and joins again with its code.
   */
  addToken(hash: string, record: Omit<TokenRecord, 'revokedAt'>): void {
    this.db.pragma('synchronous = NORMAL')
    try {
      this.insertToken.run({ hash, ...record, now: new Date().toISOString() })
    } finally {
      this.db.pragma('synchronous = FULL')
    }
  }

  token(hash: string): TokenRecord | null {
    const row = this.tokenByHash.get(hash) as TokenRow | undefined
    if (!row) return null
    return {
      kind: row.kind,
      workshopId: row.workshop_id,
      countyId: row.county_id,
      groupId: row.group_id,
      displayName: row.display_name,
      expiresAt: row.expires_at,
      revokedAt: row.revoked_at,
    }
  }

  /**
   * The names people gave when joining the county's group, in the order they joined, repeats included.
   * Ended tokens count too: someone who joined before the LAN closed still took part.
   */
  joinedNames(countyId: string): string[] {
    return this.joinedNamesStatement.all(countyId) as string[]
  }

  revokeGroupTokens(now: Date): number {
    return this.revokeGroupTokensStatement.run(now.toISOString()).changes
  }

  setting(key: string): string | null {
    return (this.getSetting.get(key) as string | undefined) ?? null
  }

  setSetting(key: string, value: string): void {
    this.putSetting.run(key, value)
  }
}
