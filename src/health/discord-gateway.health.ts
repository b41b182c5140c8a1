import { Injectable } from '@nestjs/common';
import { HealthIndicatorService, type HealthIndicatorResult } from '@nestjs/terminus';
import { Client, Status } from 'discord.js';

/** Reports the Discord gateway connection: up only while the client's session is ready. */
@Injectable()
export class DiscordGatewayHealthIndicator {
  constructor(
    private readonly client: Client,
    private readonly health: HealthIndicatorService,
  ) {}

  check<Key extends string>(key: Key): HealthIndicatorResult<Key> {
    const indicator = this.health.check(key);
    const status = this.client.ws.status;
    const details = {
      gateway: Status[status] ?? String(status),
      // Milliseconds of the last heartbeat round trip; −1 until the first acknowledgement.
      pingMs: this.client.ws.ping,
      guilds: this.client.guilds.cache.size,
    };

    return status === Status.Ready ? indicator.up(details) : indicator.down(details);
  }
}
