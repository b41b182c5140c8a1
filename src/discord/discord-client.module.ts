import { Global, Module } from '@nestjs/common';
import { GatewayIntentBits } from 'discord.js';
import { NecordModule } from 'necord';
import { AppConfig } from '../config/app-config';
import { CHANNEL_POSTER } from '../gazette/outgoing-message';
import { DiscordChannelPoster } from './discord-channel-poster';
import { NO_MENTIONS } from './interaction-reply';

/**
 * The discord.js client (through Necord) and the channel poster built on it. Global, so the
 * Gazette can post without importing the command handlers that depend on it.
 */
@Global()
@Module({
  imports: [
    NecordModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        token: config.discord.token,
        // Guilds is the only intent needed: slash commands arrive regardless of intents, and
        // the channel list for /gw_admin setup comes with GUILD_CREATE.
        intents: [GatewayIntentBits.Guilds],
        rest: { api: config.discord.apiUrl },
        allowedMentions: { ...NO_MENTIONS, parse: [] },
        development: config.discord.developmentGuildId
          ? [config.discord.developmentGuildId]
          : false,
      }),
    }),
  ],
  providers: [{ provide: CHANNEL_POSTER, useClass: DiscordChannelPoster }],
  exports: [CHANNEL_POSTER],
})
export class DiscordClientModule {}
