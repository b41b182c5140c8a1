import { Injectable } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import { Client, Status } from 'discord.js';

/**
 * Returns true while the client is logged in and every shard's session is ready. discord.js
 * 14.28 leaves `client.ws.status` at Ready after the first READY, even while a shard
 * reconnects, so the shards' own statuses decide.
 */
export function isGatewayReady(client: Client): boolean {
  const { ws } = client;

  return (
    ws.status === Status.Ready &&
    ws.shards.size > 0 &&
    ws.shards.every((shard) => shard.status === Status.Ready)
  );
}

/** Reports the Discord gateway connection: up only while every shard's session is ready. */
@Injectable()
export class DiscordGatewayHealthIndicator {
  constructor(
    private readonly client: Client,
    private readonly health: HealthIndicatorService,
  ) {}

  check<Key extends string>(key: Key): HealthIndicatorResult<Key> {
    const indicator = this.health.check(key);
    const { ws } = this.client;
    const details = {
      gateway:
        ws.shards.map((shard) => Status[shard.status] ?? String(shard.status)).join(',') ||
        Status[ws.status],
      // Milliseconds of the last heartbeat round trip; −1 until the first acknowledgement.
      pingMs: ws.ping,
      guilds: this.client.guilds.cache.size,
    };

    return isGatewayReady(this.client) ? indicator.up(details) : indicator.down(details);
  }
}
