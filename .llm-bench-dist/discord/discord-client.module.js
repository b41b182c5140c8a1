"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.DiscordClientModule = void 0;
const common_1 = require("@nestjs/common");
const discord_js_1 = require("discord.js");
const necord_1 = require("necord");
const app_config_1 = require("../config/app-config");
const outgoing_message_1 = require("../gazette/outgoing-message");
const discord_channel_poster_1 = require("./discord-channel-poster");
const interaction_reply_1 = require("./interaction-reply");
/**
 * The discord.js client (through Necord) and the channel poster built on it. Global, so the
 * Gazette can post without importing the command handlers that depend on it.
 */
let DiscordClientModule = class DiscordClientModule {
};
exports.DiscordClientModule = DiscordClientModule;
exports.DiscordClientModule = DiscordClientModule = __decorate([
    (0, common_1.Global)(),
    (0, common_1.Module)({
        imports: [
            necord_1.NecordModule.forRootAsync({
                inject: [app_config_1.AppConfig],
                useFactory: (config) => ({
                    token: config.discord.token,
                    // Guilds is the only intent needed: slash commands arrive regardless of intents, and
                    // the channel list for /gw_admin setup comes with GUILD_CREATE.
                    intents: [discord_js_1.GatewayIntentBits.Guilds],
                    rest: { api: config.discord.apiUrl },
                    allowedMentions: { ...interaction_reply_1.NO_MENTIONS, parse: [] },
                    // The game reads guilds and their channels from the cache (for /gw_admin setup) and
                    // nothing else, so the caches that grow with members and messages stay empty.
                    makeCache: discord_js_1.Options.cacheWithLimits({
                        ...discord_js_1.Options.DefaultMakeCacheSettings,
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
        providers: [{ provide: outgoing_message_1.CHANNEL_POSTER, useClass: discord_channel_poster_1.DiscordChannelPoster }],
        exports: [outgoing_message_1.CHANNEL_POSTER],
    })
], DiscordClientModule);
//# sourceMappingURL=discord-client.module.js.map