import { setTimeout as sleep } from 'node:timers/promises';
import { LlmSandboxServer } from '../llm-sandbox/llm-sandbox-server';
import { summarize, type Summary } from './bench-stats';
import { BenchSession } from './bench-run';
import type { BenchGuild } from './bench-world';
import { timeDigest } from './digest-bench';
import { dispatch } from './load-driver';

/** Measurements of digests voiced by the test language model. */
export interface LlmDigestResult {
  /** Milliseconds the test server waits before each response. */
  latencyMs: number;
  players: number;
  /** `/gw_admin digest_now` dispatched → the edition's last post stored. */
  total: Summary;
  /** `/gw_admin digest_now` dispatched → the Academic Gossip post with the reactions stored. */
  reactionReply: Summary;
  /** Prompt plus completion tokens per digest, from the service's `greatwork_llm_tokens_total`. */
  tokensPerDigest: Summary;
  /** Reaction requests the test server received per digest. */
  requestsPerDigest: number;
  /** Reactions that fell back to templates, over all digests. */
  fallbacks: number;
}

const GOSSIP_TITLE = 'Academic Gossip';

/**
 * Runs `rounds` digests of fresh guilds of `players` players against the service started with a
 * test language model that responds after `latencyMs`. Each player submits one theory backed by two
 * scholars, so the digest has reactions to voice.
 */
export async function measureLlmDigests(
  rounds: number,
  players: number,
  latencyMs: number,
): Promise<LlmDigestResult> {
  const llm = await LlmSandboxServer.start({ latencyMs });
  const session = await BenchSession.start(0, players, {
    LLM_BASE_URL: `${llm.url}/v1`,
    LLM_MODEL: 'bench-model',
  });
  try {
    const guilds = session.world.addGuilds(rounds, players);
    await sleep(200);
    await session.setUp(guilds);
    const totals: number[] = [];
    const reactionReplies: number[] = [];
    const tokens: number[] = [];
    for (const guild of guilds) {
      await queueBackedTheories(session, guild);
      const tokensBefore = await scrapeSum(session.service.url, 'greatwork_llm_tokens_total');
      const timing = await timeDigest(session.world, guild, players);
      tokens.push(
        (await scrapeSum(session.service.url, 'greatwork_llm_tokens_total')) - tokensBefore,
      );
      totals.push(timing.totalMs);
      reactionReplies.push(gossipDelay(session, guild, timing.totalMs));
    }

    return {
      latencyMs,
      players,
      total: summarize(totals),
      reactionReply: summarize(reactionReplies),
      tokensPerDigest: summarize(tokens),
      requestsPerDigest: llm.reactionRequests.length / Math.max(1, rounds),
      fallbacks: await scrapeSum(session.service.url, 'greatwork_llm_fallbacks_total'),
    };
  } finally {
    await session.stop();
    await llm.stop();
  }
}

async function queueBackedTheories(session: BenchSession, guild: BenchGuild): Promise<void> {
  const choices = await session.world.sandbox.invokeAutocomplete({
    guildId: guild.guild.id,
    channelId: guild.general,
    userId: guild.players[0].id,
    name: 'submit_theory',
    options: { claim: 'x', confidence: 'suspect', supporter1: '' },
    focused: 'supporter1',
  });
  for (const [index, player] of guild.players.entries()) {
    const timing = await dispatch(session.world, guild, player.id, {
      label: 'submit_theory',
      name: 'submit_theory',
      options: {
        claim: `Lead ${index} holds that the eastern causeway predates the flood.`,
        confidence: 'suspect',
        supporter1: String(choices[(2 * index) % choices.length].value),
        supporter2: String(choices[(2 * index + 1) % choices.length].value),
      },
    });
    if (timing.isDropped) {
      throw new Error(`a backed theory was dropped in guild ${guild.guild.id}`);
    }
  }
}

/**
 * Milliseconds from the digest command to the gossip post, from the last post's time: both are
 * stamped by the same server clock, so their difference is exact.
 */
function gossipDelay(session: BenchSession, guild: BenchGuild, totalMs: number): number {
  const messages = session.world.sandbox.channelMessages(guild.gazette);
  const gossip = messages.find((message) =>
    (message.embeds as { title?: string }[]).some((embed) => embed.title?.includes(GOSSIP_TITLE)),
  );
  if (!gossip) {
    return Number.NaN;
  }

  return totalMs - (messages[messages.length - 1].createdAt - gossip.createdAt);
}

/** Sums every series of a counter in the service's `/metrics` text. */
async function scrapeSum(baseUrl: string, name: string): Promise<number> {
  const text = await (await fetch(`${baseUrl}/metrics`)).text();

  return text
    .split('\n')
    .filter((line) => line.startsWith(`${name}{`) || line.startsWith(`${name} `))
    .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
}
