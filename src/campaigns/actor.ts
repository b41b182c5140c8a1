/** Who issued a command, as plain data taken from the interaction. */
export interface Actor {
  guildId: string;
  userId: string;
  /** Current display name in the server; refreshed on the player row for press. */
  displayName: string;
}
