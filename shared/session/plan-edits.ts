/**
 * When each county's plan was last changed by a person, as the hub committed it: the console's
 * "latest edit" survives a reload of the console and a restart of the hub.
 */
export interface PlanEdits {
  /** County id → ISO time of the latest committed edit; a plan nobody has edited yet is absent. */
  lastEditAt: Record<string, string>
}
