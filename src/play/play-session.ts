import { createHash } from 'node:crypto';
import type { ManualClock } from '../common/clock';
import { GazetteDeliveryService } from '../gazette/gazette-delivery.service';
import { GazetteJobs } from '../gazette/gazette.jobs';
import type { SandboxGame } from '../sandbox/sandbox-game';
import type { SandboxUser } from '../sandbox/sandbox-types';
import { parsePlayLine, type CommandLine } from './play-line';
import {
  resolveCommand,
  type CommandDefinition,
  type EntityDirectory,
  type ResolvedCommand,
} from './play-options';
import {
  formatUtc,
  renderChoices,
  renderMessage,
  renderReply,
  wrap,
  type MarkupContext,
} from './play-render';

/** Milliseconds to wait for the bot's reply; a deferred reply may take longer than Discord's 3 s. */
const REPLY_TIMEOUT_MS = 15_000;

/**
 * Milliseconds between digest checks while `wait` moves the clock. Each due slot then gets its
 * own pass, as on a live server, instead of one catch-up at the end. An edition keeps its exact
 * slot time, but its events are stamped up to 10 minutes after it, where a live server that
 * checks every 20 seconds stamps them within 20 seconds.
 */
const WAIT_STEP_MS = 10 * 60_000;

/** Milliseconds since the Unix epoch at which Discord snowflakes start (2015-01-01T00:00:00Z). */
const DISCORD_EPOCH_MS = 1_420_070_400_000n;

/**
 * Earliest creation time of a player id. The sandbox's stable ids count up from 2026-01-01, so
 * ids derived here (2025-01-01 plus up to 2^30 ms, about 12 days) never meet them.
 */
const PLAYER_ID_BASE_MS = BigInt(Date.UTC(2025, 0, 1));

const OWNER_ALIAS = 'owner';

export const HELP_TEXT = [
  'Commands:',
  '  /command [subcommand] option:value option:"value with spaces"',
  '                       run a slash command as the current player, e.g. /status,',
  '                       /scholar name:an, /gw_admin digest_now',
  '  suggest /command option:partial',
  '                       list the suggestions for the last option, e.g.',
  '                       suggest /submit_theory claim:x confidence:suspect supporter1:',
  '  as NAME              act as player NAME (added on first use); as owner acts as the',
  '                       server owner, who has Manage Server and may run /gw_admin',
  '  players              list the players of this session',
  '  wait 30m | 12h | 2d  move the clock forward, publish due Gazette editions and print them',
  '  gazette [all]        print the Gazette posts not printed yet, or all of them',
  '  help                 print this list',
  '  quit                 end the session (Ctrl-D also ends it)',
];

/** Outcome of a line: whether the session goes on or ends. */
export type LineOutcome = 'continue' | 'quit';

/**
 * The state of one terminal session: the running game, its hand-moved clock, the players added
 * so far, the current player and how many Gazette posts were printed. Each line the player types
 * goes to `handleLine`, which prints its result through `write`. `onClockMoved` runs after each
 * `wait`, so the caller can save the clock.
 */
export class PlaySession {
  private readonly players = new Map<string, SandboxUser>();
  private current: SandboxUser;
  private printedGazettePosts = 0;
  private readonly markup: MarkupContext;
  private readonly directory: EntityDirectory;

  constructor(
    private readonly game: SandboxGame,
    private readonly clock: ManualClock,
    private readonly write: (line: string) => void,
    private readonly width: number,
    firstPlayer: string,
    private readonly onClockMoved: () => void = () => {},
  ) {
    this.current = this.findOrAddPlayer(firstPlayer);
    this.markup = {
      channelName: (id) => game.guild.channels.find((channel) => channel.id === id)?.name,
      userName: (id) => this.knownUsers().find((user) => user.id === id)?.username,
      now: () => clock.now(),
    };
    this.directory = {
      userIdByName: (name) => this.findPlayer(name)?.id,
      channelIdByName: (name) => game.guild.channels.find((channel) => channel.name === name)?.id,
    };
  }

  /** The current player's name, for the prompt. */
  get playerName(): string {
    return this.current.username;
  }

  /** Handles one typed line. Every failure is printed, so a bad line never ends the session. */
  async handleLine(text: string): Promise<LineOutcome> {
    const line = parsePlayLine(text);
    try {
      switch (line.kind) {
        case 'empty':
          break;
        case 'quit':
          return 'quit';
        case 'help':
          HELP_TEXT.forEach((row) => this.write(row));
          break;
        case 'invalid':
          this.write(line.message);
          break;
        case 'as':
          this.switchPlayer(line.name);
          break;
        case 'players':
          this.listPlayers();
          break;
        case 'command':
          await this.runCommand(line.command);
          break;
        case 'suggest':
          await this.suggest(line.command, line.focused);
          break;
        case 'wait':
          await this.wait(line.milliseconds);
          break;
        case 'gazette':
          await this.printGazette(line.all);
          break;
      }
    } catch (error) {
      this.write(`Failed: ${error instanceof Error ? error.message : String(error)}`);
    }

    return 'continue';
  }

  /** Runs a command as the owner at the start, such as /gw_admin setup, and prints the reply. */
  async runAsOwner(typed: CommandLine): Promise<void> {
    const player = this.current;
    this.current = this.game.world.owner;
    try {
      await this.runCommand(typed);
    } finally {
      this.current = player;
    }
  }

  private async runCommand(typed: CommandLine): Promise<void> {
    const resolved = this.resolve(typed);
    if (!resolved.isValid) {
      this.writeProblems(resolved.problems);
      return;
    }

    const interaction = this.game.invoke(this.current, {
      name: resolved.name,
      subcommand: resolved.subcommand,
      options: resolved.options,
    });
    let reply;
    try {
      reply = await interaction.waitForReply(REPLY_TIMEOUT_MS);
    } catch (error) {
      this.write(`The bot did not reply: ${(error as Error).message}`);
      return;
    }

    renderReply(reply, this.markup, this.width).forEach((line) => this.write(line));
    for (const followUp of interaction.followUps()) {
      renderReply(followUp, this.markup, this.width).forEach((line) => this.write(line));
    }
    await this.noteNewGazettePosts();
  }

  private async suggest(typed: CommandLine, focused: string): Promise<void> {
    const resolved = this.resolve(typed, focused);
    if (!resolved.isValid) {
      this.writeProblems(resolved.problems);
      return;
    }

    const choices = await this.game.autocomplete(this.current, {
      name: resolved.name,
      subcommand: resolved.subcommand,
      options: resolved.options,
      focused,
    });

    this.write(`Suggestions for ${focused} (type the value after =>):`);
    renderChoices(choices, this.width).forEach((line) => this.write(line));
  }

  /** Moves the clock in steps, publishing each due edition, then prints the new Gazette posts. */
  private async wait(milliseconds: number): Promise<void> {
    const jobs = this.game.app.get(GazetteJobs);
    const target = this.clock.now().getTime() + milliseconds;

    while (this.clock.now().getTime() < target) {
      this.clock.set(new Date(Math.min(target, this.clock.now().getTime() + WAIT_STEP_MS)));
      await jobs.publishDue();
    }
    this.onClockMoved();

    this.write(`The clock reads ${formatUtc(this.clock.now())}.`);
    await this.printGazette(false);
  }

  private async printGazette(all: boolean): Promise<void> {
    await this.game.app.get(GazetteDeliveryService).deliverDue();
    const posts = this.game.gazetteMessages();
    const first = all ? 0 : this.printedGazettePosts;

    if (first >= posts.length) {
      this.write(all ? 'The Gazette has posted nothing yet.' : 'No new Gazette posts.');
      return;
    }
    for (const [index, post] of posts.slice(first).entries()) {
      this.write(`── #gazette post ${first + index + 1} of ${posts.length} ──`);
      renderMessage(post, this.markup, this.width).forEach((line) => this.write(line));
    }
    this.printedGazettePosts = posts.length;
  }

  /** Flushes queued Gazette posts, and prints a hint when some are not printed yet. */
  private async noteNewGazettePosts(): Promise<void> {
    await this.game.app.get(GazetteDeliveryService).deliverDue();
    const unread = this.game.gazetteMessages().length - this.printedGazettePosts;

    if (unread > 0) {
      this.write(`(${unread} new Gazette post(s): type gazette to read them.)`);
    }
  }

  private switchPlayer(name: string): void {
    const existing = this.findPlayer(name);
    this.current = existing ?? this.findOrAddPlayer(name);

    const role = this.current === this.game.world.owner ? ' (server owner, Manage Server)' : '';
    this.write(`${existing ? 'Acting' : 'New player; acting'} as ${this.current.username}${role}.`);
  }

  private listPlayers(): void {
    for (const user of this.knownUsers()) {
      const marks = [
        user === this.game.world.owner ? `server owner, also "as ${OWNER_ALIAS}"` : '',
        user === this.current ? 'current' : '',
      ].filter((mark) => mark !== '');
      this.write(`  ${user.username}${marks.length > 0 ? ` (${marks.join(', ')})` : ''}`);
    }
  }

  /** Finds a player by name, case-insensitively; `owner` and the owner's name find the owner. */
  private findPlayer(name: string): SandboxUser | undefined {
    const key = name.toLowerCase();
    const owner = this.game.world.owner;
    if (key === OWNER_ALIAS || key === owner.username.toLowerCase()) {
      return owner;
    }

    return this.players.get(key);
  }

  private findOrAddPlayer(name: string): SandboxUser {
    const existing = this.findPlayer(name);
    if (existing) {
      return existing;
    }

    const player = this.game.sandbox.addMember(this.game.guild.id, {
      username: name,
      id: playerIdFor(name),
    });
    this.players.set(name.toLowerCase(), player);

    return player;
  }

  private knownUsers(): SandboxUser[] {
    return [this.game.world.owner, ...this.players.values()];
  }

  private resolve(typed: CommandLine, focused?: string): ResolvedCommand {
    return resolveCommand(this.commandDefinitions(), typed, this.directory, focused);
  }

  /** Lists the registered commands, the server's own before the global ones, as Discord does. */
  private commandDefinitions(): CommandDefinition[] {
    const sandbox = this.game.sandbox;
    const commands = [
      ...sandbox.registeredCommands(this.game.guild.id),
      ...sandbox.registeredCommands(),
    ] as CommandDefinition[];

    return commands.filter(
      (command, index) => commands.findIndex((other) => other.name === command.name) === index,
    );
  }

  private writeProblems(problems: string[]): void {
    this.write('Not sent; Discord would not accept this command:');
    for (const problem of problems) {
      wrap(problem, '  ', this.width).forEach((line) => this.write(line));
    }
  }
}

/**
 * Derives a Discord user id from a player's name, so the same name is the same player in every
 * session on one database. Names differing only in letter case share an id.
 */
export function playerIdFor(name: string): string {
  const digest = createHash('sha256').update(name.toLowerCase()).digest();
  const offsetMs = BigInt(digest.readUInt32BE(0) >>> 2);
  const increment = BigInt(digest.readUInt32BE(4) & 0x3fffff);
  const timestamp = PLAYER_ID_BASE_MS + offsetMs - DISCORD_EPOCH_MS;

  return ((timestamp << 22n) | increment).toString();
}
