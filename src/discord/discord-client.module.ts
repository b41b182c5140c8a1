import { Global, Module } from '@nestjs/common';
import { GatewayIntentBits, Options } from 'discord.js';
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
        // The game reads guilds and their channels from the cache (for /gw_admin setup) and
        // nothing else, so the caches that grow with members and messages stay empty.
        makeCache: Options.cacheWithLimits({
          ...Options.DefaultMakeCacheSettings,
          MessageManager: 0,
          GuildMemberManager: {
            maxSize: 0,
            keepOverLimit: (member) => member.id === member.client.user.id,
          },
          UserManager: { maxSize: 0, keepOverLimit: (user) => user.id === user.client.user.id },
          PresenceManager: 0,
          ReactionManager: 0,
          GuildEmojiManager: 0,
          GuildStickerManager: 0,
          VoiceStateManager: 0,
          ThreadManager: 0,
          GuildScheduledEventManager: 0,
          StageInstanceManager: 0,
          AutoModerationRuleManager: 0,
          GuildInviteManager: 0,
          GuildBanManager: 0,
        }),
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
