import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../database/data-source-options';
import { GameEvent } from './game-event.entity';
import { replayEvents, ReplayError, type LoggedEvent } from './replay';
import { createReplayContext } from './replay-app';
import { digestCampaign } from './replay-dump';

const USAGE =
  'usage: npm run replay -- --from <source.sqlite> --guild <guild id> --to <new.sqlite>';

/**
 * Replays one campaign of the source database into a new database and prints the SHA-256 of
 * both canonical dumps. Exits with 1 when they differ or the log cannot be replayed.
 */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { from: { type: 'string' }, guild: { type: 'string' }, to: { type: 'string' } },
  });
  if (!values.from || !values.guild || !values.to) {
    console.error(USAGE);
    return 2;
  }
  if (!existsSync(values.from)) {
    console.error(`source database ${values.from} not found`);
    return 2;
  }
  if (existsSync(values.to)) {
    console.error(`${values.to} already exists; give a path for a new database`);
    return 2;
  }

  const source = new DataSource({ ...buildDataSourceOptions(values.from), migrationsRun: false });
  await source.initialize();
  const [campaign] = await source.query<{ id: number }[]>(
    'SELECT id FROM campaigns WHERE guild_id = ?',
    [values.guild],
  );
  if (!campaign) {
    await source.destroy();
    console.error(`no campaign for guild ${values.guild} in ${values.from}`);
    return 2;
  }
  const events: LoggedEvent[] = await source.manager.find(GameEvent, {
    where: { campaignId: campaign.id },
    order: { seq: 'ASC' },
  });
  const sourceDigest = await digestCampaign(source, campaign.id);
  await source.destroy();

  const context = await createReplayContext(values.to);
  try {
    const result = await replayEvents(context, values.guild, events);
    const replayDigest = await digestCampaign(context.app.get(DataSource), result.campaignId);
    console.log(`events replayed: ${result.replayed} (digest events rebuilt: ${result.skipped})`);
    console.log(`source dump sha256: ${sourceDigest}`);
    console.log(`replay dump sha256: ${replayDigest}`);
    return sourceDigest === replayDigest ? 0 : 1;
  } catch (error) {
    if (error instanceof ReplayError) {
      console.error(`replay failed: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await context.app.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
