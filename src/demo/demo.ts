import 'reflect-metadata';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { ManualClock } from '../common/clock';
import { GazetteDeliveryService } from '../gazette/gazette-delivery.service';
import { GazetteService } from '../gazette/gazette.service';
import { wrap } from '../play/play-render';
import { SandboxGame } from '../sandbox/sandbox-game';
import type {
  AutocompleteChoice,
  CommandOptionValue,
  SandboxMessage,
  SandboxReply,
  SandboxUser,
} from '../sandbox/sandbox-types';

/**
 * A scripted campaign played through the local Discord-compatible server: four players set up,
 * look around, publish theories, make mistakes, and read two Gazette editions. The clock is moved
 * by hand, so the whole day takes a few seconds.
 */

/** A Monday morning (UTC), before the 13:00 edition. */
const START = new Date('2026-03-02T09:30:00Z');
const NOON_EDITION = new Date('2026-03-02T13:00:00Z');
const AFTERNOON = new Date('2026-03-02T16:45:00Z');
const EVENING_EDITION = new Date('2026-03-02T21:00:00Z');

/** Columns of printed text. */
const WIDTH = 100;
/** Milliseconds after which a stuck demo gives up, well inside a minute. */
const DEMO_TIMEOUT_MS = 45_000;

type Confidence = 'suspect' | 'certain' | 'stake_my_career';

interface Cast {
  /** Has the Manage Server permission, so she can run /gw_admin. */
  ottoline: SandboxUser;
  caspar: SandboxUser;
  wren: SandboxUser;
  tobias: SandboxUser;
}

interface Stage {
  game: SandboxGame;
  clock: ManualClock;
  cast: Cast;
}

/** The parts of a Discord embed that the demo prints. */
interface EmbedView {
  title?: string;
  description?: string;
  footer?: { text: string };
  fields?: { name: string; value: string }[];
}

interface DemoDatabase {
  path: string;
  /** Removes the file unless the caller chose it with DEMO_DATABASE_PATH. */
  cleanup: () => void;
}

/** A failed step of the script, with the step's name for the final message. */
class DemoStepError extends Error {
  constructor(
    readonly step: string,
    reason: string,
  ) {
    super(reason);
  }
}

// ---------------------------------------------------------------------------------------------
// Output

function write(line = ''): void {
  process.stdout.write(`${line}\n`);
}

function writeWrapped(text: string, indent = '   '): void {
  wrap(text, indent, WIDTH).forEach((line) => write(line));
}

function writeStep(number: number, title: string): void {
  write();
  write(`${number}. ${title}`);
}

/** Writes a command as the player typed it, then the reply text below it. */
function writeExchange(player: SandboxUser, command: string, reply: string): void {
  writeWrapped(`${player.username}: ${command}`);
  writeWrapped(reply, '     > ');
}

/** Turns Discord markup into plain text: channel mentions, timestamps, bold and italics. */
function readable(text: string, stage: Stage): string {
  return text
    .replace(/<#(\d+)>/g, (_, id: string) => `#${channelName(stage, id)}`)
    .replace(/<t:(\d+):\w>/g, (_, seconds: string) => formatUtc(new Date(Number(seconds) * 1000)))
    .replace(/\*\*|__/g, '')
    .replace(/\*([^*\n]+)\*/g, '$1');
}

function channelName(stage: Stage, id: string): string {
  return stage.game.guild.channels.find((channel) => channel.id === id)?.name ?? id;
}

function formatUtc(at: Date): string {
  return `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

// ---------------------------------------------------------------------------------------------
// Checks

/** Runs one step and reports any failure inside it under the step's name. */
async function step<T>(name: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (error instanceof DemoStepError) {
      throw error;
    }
    throw new DemoStepError(name, error instanceof Error ? error.message : String(error));
  }
}

/** Returns the first embed of a reply, or fails the step when there is none. */
function firstEmbed(reply: SandboxReply, step: string): EmbedView {
  const embed = reply.embeds[0] as EmbedView | undefined;
  if (!embed) {
    throw new DemoStepError(step, `expected an embed, got ${JSON.stringify(reply.content)}`);
  }

  return embed;
}

function expectRejection(reply: SandboxReply, expected: RegExp, step: string): string {
  if (!reply.ephemeral) {
    throw new DemoStepError(step, 'expected a private (ephemeral) error reply, got a public one');
  }
  if (!expected.test(reply.content)) {
    throw new DemoStepError(
      step,
      `expected a reply matching ${String(expected)}, got ${JSON.stringify(reply.content)}`,
    );
  }

  return reply.content;
}

async function count(stage: Stage, table: 'players' | 'theories' | 'editions'): Promise<number> {
  const rows = await stage.game.app
    .get(DataSource)
    .query<{ n: number }[]>(`SELECT COUNT(*) AS n FROM ${table}`);

  return rows[0].n;
}

// ---------------------------------------------------------------------------------------------
// Setup

function prepareDatabase(): DemoDatabase {
  const chosen = process.env.DEMO_DATABASE_PATH;
  if (chosen) {
    if (existsSync(chosen)) {
      throw new DemoStepError(
        'prepare the database',
        `DEMO_DATABASE_PATH ${chosen} already exists. The demo needs a fresh file: remove it or pick another path.`,
      );
    }
    return { path: chosen, cleanup: () => undefined };
  }
  const folder = mkdtempSync(join(tmpdir(), 'great-work-demo-'));

  return {
    path: join(folder, 'demo.sqlite'),
    cleanup: () => rmSync(folder, { recursive: true, force: true }),
  };
}

function castPlayers(game: SandboxGame): Cast {
  return {
    ottoline: game.addPlayer('Ottoline Vey', { manageServer: true }),
    caspar: game.addPlayer('Caspar Quill'),
    wren: game.addPlayer('Wren Halloway'),
    tobias: game.addPlayer('Tobias Fenn'),
  };
}

// ---------------------------------------------------------------------------------------------
// The script

async function setUpCampaign(stage: Stage): Promise<void> {
  writeStep(1, 'The dean opens the campaign');
  const { ottoline } = stage.cast;

  const reply = await step('run /gw_admin setup', () =>
    stage.game.command(ottoline, { name: 'gw_admin', subcommand: 'setup' }),
  );

  if (!reply.content.includes('Campaign channels saved')) {
    throw new DemoStepError(
      'run /gw_admin setup',
      `unexpected reply ${JSON.stringify(reply.content)}`,
    );
  }
  writeExchange(ottoline, '/gw_admin setup', readable(reply.content, stage));
}

async function checkStandings(stage: Stage): Promise<void> {
  writeStep(2, 'Everyone checks their standing with /status');

  const { ottoline, caspar, wren, tobias } = stage.cast;

  for (const player of [ottoline, caspar, wren, tobias]) {
    const reply = await step(`/status as ${player.username}`, () =>
      stage.game.command(player, { name: 'status' }),
    );
    const embed = firstEmbed(reply, `/status as ${player.username}`);
    const fields = embed.fields ?? [];
    const value = (prefix: string) =>
      readable(fields.find((field) => field.name.startsWith(prefix))?.value ?? '?', stage);
    // "academia: 3 / 6" per line becomes "academia 3/6", so a standing fits on two lines.
    const influence = value('Influence').replace(/: (\d+) \/ (\d+)/g, ' $1/$2');
    const summary = [
      `${embed.title ?? ''}: reputation ${value('Reputation')}, year ${value('Year')}`,
      `influence ${influence.split('\n').join(', ')}`,
    ].join('; ');
    writeExchange(player, '/status', summary);
  }
}

async function readWagerTable(stage: Stage): Promise<void> {
  writeStep(3, 'Caspar reads the odds with /wager');
  const { caspar } = stage.cast;

  const reply = await step('/wager', () => stage.game.command(caspar, { name: 'wager' }));

  const embed = firstEmbed(reply, '/wager');
  const rows = (embed.fields ?? []).map((field) => `${field.name}: ${field.value}`);
  writeExchange(caspar, '/wager', [embed.title ?? '', ...rows].join('\n'));
}

async function lookUpScholar(stage: Stage): Promise<void> {
  writeStep(4, 'Wren looks up a scholar, picking the name from the suggestions');
  const { wren } = stage.cast;
  const typed = 'an';

  const choices = await step('autocomplete /scholar', () =>
    stage.game.autocomplete(wren, { name: 'scholar', options: { name: typed }, focused: 'name' }),
  );
  if (choices.length === 0) {
    throw new DemoStepError('autocomplete /scholar', `no scholar suggested for "${typed}"`);
  }
  const suggestions = choices.slice(0, 3).map((choice) => choice.name);
  writeWrapped(`${wren.username} types "${typed}"; Discord suggests ${choices.length}, first:`);
  suggestions.forEach((name) => writeWrapped(name, '     · '));
  const reply = await step('/scholar', () =>
    stage.game.command(wren, { name: 'scholar', options: { name: String(choices[0].value) } }),
  );

  const embed = firstEmbed(reply, '/scholar');
  const fields = embed.fields ?? [];
  const archetype = fields.find((field) => field.name === 'Archetype')?.value ?? '?';
  const profile = `${embed.title ?? ''} (${archetype})\n${readable(embed.description ?? '', stage)}`;
  writeExchange(wren, `/scholar name:${choices[0].name.split(' · ')[0]}`, profile);
}

/**
 * Fills supporter1, supporter2, … from autocomplete, as a player types a fragment of a name and
 * picks the first suggestion not already named. A fragment that matches no unused scholar falls
 * back to the full list, because procedural names depend on the campaign seed, which includes
 * the sandbox server's random id.
 */
async function pickSupporters(
  stage: Stage,
  player: SandboxUser,
  options: Record<string, CommandOptionValue>,
  fragments: string[],
): Promise<AutocompleteChoice[]> {
  const picked: AutocompleteChoice[] = [];
  for (const [index, fragment] of fragments.entries()) {
    const focused = `supporter${index + 1}`;
    const suggest = (typed: string) =>
      stage.game.autocomplete(player, {
        name: 'submit_theory',
        options: { ...options, [focused]: typed },
        focused,
      });
    const isUnused = (candidate: AutocompleteChoice) =>
      !picked.some((earlier) => earlier.value === candidate.value);

    const choice = (await suggest(fragment)).find(isUnused) ?? (await suggest('')).find(isUnused);
    if (!choice) {
      throw new Error(`autocomplete offered no unused scholar for ${focused}`);
    }
    picked.push(choice);
    options[focused] = String(choice.value);
  }

  return picked;
}

async function submitTheory(
  stage: Stage,
  player: SandboxUser,
  claim: string,
  confidence: Confidence,
  supporterFragments: string[],
): Promise<void> {
  const name = `/submit_theory as ${player.username}`;
  const options: Record<string, CommandOptionValue> = { claim, confidence };

  const supporters = await step(`${name} (autocomplete)`, () =>
    pickSupporters(stage, player, options, supporterFragments),
  );
  const reply = await step(name, () =>
    stage.game.command(player, { name: 'submit_theory', options }),
  );

  const embed = firstEmbed(reply, name);
  if (reply.ephemeral || !/Academic Bulletin No\. \d+/.test(embed.title ?? '')) {
    throw new DemoStepError(name, `expected a public Academic Bulletin, got ${embed.title ?? ''}`);
  }
  const backers = supporters.map((choice) => choice.name.split(' · ')[0]).join(', ');
  writeExchange(
    player,
    `/submit_theory confidence:${confidence} claim:"${claim}" supporters: ${backers || 'none'}`,
    `${embed.title ?? ''} (posted publicly)`,
  );
}

async function publishMorningTheories(stage: Stage): Promise<void> {
  writeStep(5, 'Three theories, one of each confidence, backed by scholars picked as they type');
  const { caspar, wren, tobias } = stage.cast;

  await submitTheory(
    stage,
    caspar,
    'The bronze bells of Orvath were tuned to the winter solstice.',
    'suspect',
    ['ar'],
  );
  await submitTheory(
    stage,
    wren,
    'The salt road ran north of the Keth marshes, not south as the atlases insist.',
    'certain',
    ['el', 'os'],
  );
  await submitTheory(
    stage,
    tobias,
    'The drowned library of Keth lies beneath the old harbour wall.',
    'stake_my_career',
    ['ma', 'in', 'ov'],
  );
}

async function makeMistakes(stage: Stage): Promise<void> {
  writeStep(6, 'Mistakes get a private, friendly answer and change nothing');
  const { caspar, tobias } = stage.cast;
  const theoriesBefore = await count(stage, 'theories');

  const short = await step('a too-short claim', () =>
    stage.game.command(caspar, {
      name: 'submit_theory',
      options: { claim: 'Bells.', confidence: 'certain' },
    }),
  );
  writeExchange(
    caspar,
    '/submit_theory claim:"Bells." confidence:certain',
    expectRejection(short, /at least 10 characters/, 'a too-short claim'),
  );
  const unknown = await step('an unknown supporter', () =>
    stage.game.command(tobias, {
      name: 'submit_theory',
      options: {
        claim: 'The harbour wall was raised twice.',
        confidence: 'suspect',
        supporter1: 'Professor Nobody',
      },
    }),
  );
  writeExchange(
    tobias,
    '/submit_theory claim:"The harbour wall was raised twice." supporter1:"Professor Nobody"',
    expectRejection(unknown, /No scholar/, 'an unknown supporter'),
  );
  const notAdmin = await step('/gw_admin digest_now without Manage Server', () =>
    stage.game.command(caspar, { name: 'gw_admin', subcommand: 'digest_now' }),
  );
  writeExchange(
    caspar,
    '/gw_admin digest_now',
    expectRejection(notAdmin, /Manage Server/, '/gw_admin digest_now without Manage Server'),
  );

  const theoriesAfter = await count(stage, 'theories');
  if (theoriesAfter !== theoriesBefore) {
    throw new DemoStepError(
      'mistakes change nothing',
      `theories went from ${theoriesBefore} to ${theoriesAfter}`,
    );
  }
}

/** Moves the clock to a digest slot, publishes the due edition and posts it to #gazette. */
async function runDigest(stage: Stage, at: Date): Promise<SandboxMessage[]> {
  const name = `the ${formatUtc(at)} digest`;
  stage.clock.set(at);
  const before = stage.game.gazetteMessages().length;

  const published = await step(name, () => stage.game.app.get(GazetteService).publishDueEditions());
  const sent = await step(`${name} (delivery)`, () =>
    stage.game.app.get(GazetteDeliveryService).deliverDue(),
  );

  if (published.length !== 1) {
    throw new DemoStepError(name, `expected one edition, got ${published.length}`);
  }
  const posted = stage.game.gazetteMessages().slice(before);
  if (sent === 0 || posted.length === 0) {
    throw new DemoStepError(name, 'the edition was published but nothing reached #gazette');
  }
  writeWrapped(`The clock reads ${formatUtc(at)}: the Gazette posts ${posted.length} message(s).`);

  return posted;
}

async function playAfternoon(stage: Stage): Promise<void> {
  writeStep(8, 'In the afternoon the dean stakes a modest claim of her own');
  stage.clock.set(AFTERNOON);

  await submitTheory(
    stage,
    stage.cast.ottoline,
    'The Orvath bells were recast after the great fire, so their tuning is not original.',
    'suspect',
    ['qu'],
  );
}

function printEdition(stage: Stage, label: string, messages: SandboxMessage[]): void {
  write();
  write(`── ${label} ${'─'.repeat(Math.max(0, WIDTH - label.length - 4))}`);
  for (const message of messages) {
    if (message.content) {
      writeWrapped(readable(message.content, stage), '');
    }
    for (const embed of message.embeds as EmbedView[]) {
      const footer = embed.footer?.text;
      write();
      writeWrapped(readable(embed.title ?? '', stage), '  ');
      writeWrapped(readable(embed.description ?? '', stage), '    ');
      if (footer) {
        writeWrapped(`— ${readable(footer, stage)}`, '    ');
      }
    }
  }
}

async function printSummary(stage: Stage, startedAt: number): Promise<void> {
  const players = await count(stage, 'players');
  const theories = await count(stage, 'theories');
  const editions = await count(stage, 'editions');
  const messages = stage.game.gazetteMessages().length;
  const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);

  write();
  write(
    `Summary: ${players} players, ${theories} theories, ${editions} editions, ${messages} messages posted to #gazette, in ${seconds} s.`,
  );
}

async function playCampaign(stage: Stage, startedAt: number): Promise<void> {
  await setUpCampaign(stage);
  await checkStandings(stage);
  await readWagerTable(stage);
  await lookUpScholar(stage);
  await publishMorningTheories(stage);
  await makeMistakes(stage);

  writeStep(7, 'The 13:00 digest');
  const noon = await runDigest(stage, NOON_EDITION);
  await playAfternoon(stage);
  writeStep(9, 'The 21:00 digest');
  const evening = await runDigest(stage, EVENING_EDITION);

  write();
  write('What #gazette shows:');
  printEdition(stage, 'The 13:00 edition', noon);
  printEdition(stage, 'The 21:00 edition', evening);
  await printSummary(stage, startedAt);
}

async function main(): Promise<void> {
  const startedAt = Date.now();
  const database = prepareDatabase();
  const clock = new ManualClock(START);
  let game: SandboxGame | null = null;

  write('The Great Work: a demo campaign on the local Discord-compatible server');
  write(`The clock starts at ${formatUtc(START)} and is moved by hand.`);
  try {
    game = await step('start the service', () =>
      SandboxGame.start({
        databasePath: database.path,
        clock,
        timers: false,
        logger: false,
        // The script moves the clock to these slots, so it overrides any GAZETTE_* from the shell.
        env: { GAZETTE_TIMES: '13:00,21:00', GAZETTE_TIMEZONE: 'UTC' },
      }),
    );
    await playCampaign({ game, clock, cast: castPlayers(game) }, startedAt);
  } finally {
    await game?.stop();
    database.cleanup();
  }
  if (process.env.DEMO_DATABASE_PATH) {
    write(`The campaign database is kept at ${database.path}.`);
  }
}

// The watchdog is unref'd, so it never keeps a finished demo alive.
setTimeout(() => {
  process.stderr.write(`Demo failed: timed out after ${DEMO_TIMEOUT_MS / 1000} s.\n`);
  process.exit(1);
}, DEMO_TIMEOUT_MS).unref();

main().catch((error: unknown) => {
  const where = error instanceof DemoStepError ? ` at step "${error.step}"` : '';
  const reason = error instanceof Error ? error.message : String(error);
  process.stderr.write(`\nDemo failed${where}: ${reason}\n`);
  process.exitCode = 1;
});
