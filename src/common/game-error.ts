/**
 * An expected failure of a player's request: a rule refused it or an option was invalid.
 * Services throw these; the Discord exception filter turns them into ephemeral replies.
 */
export class GameError extends Error {
  /**
   * @param code stable machine-readable code, prefixed with its module (`theories.unknown_scholar`)
   * @param message developer message for logs
   * @param playerMessage short second-person text shown to the player, saying what to do next
   */
  constructor(
    readonly code: string,
    message: string,
    readonly playerMessage: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** An option failed validation before any rule ran. */
export class InvalidOptionError extends GameError {
  constructor(option: string, playerMessage: string) {
    super('common.invalid_option', `invalid option ${option}`, playerMessage);
  }
}
