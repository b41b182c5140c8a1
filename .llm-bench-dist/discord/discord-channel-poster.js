"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.DiscordChannelPoster = void 0;
const common_1 = require("@nestjs/common");
const node_events_1 = require("node:events");
const discord_js_1 = require("discord.js");
/** Milliseconds a post waits for the client to log in before it fails and is retried later. */
const READY_TIMEOUT_MS = 30_000;
/** Posts Gazette messages through discord.js's REST client, which obeys Discord's rate limits. */
let DiscordChannelPoster = class DiscordChannelPoster {
    client;
    constructor(client) {
        this.client = client;
    }
    async post(channelId, message, nonce) {
        await this.waitUntilReady();
        const created = (await this.client.rest.post(discord_js_1.Routes.channelMessages(channelId), {
            body: {
                content: message.content,
                embeds: message.embeds,
                allowed_mentions: { parse: [] },
                // With enforce_nonce Discord returns the earlier message for a repeated nonce, so a
                // retry after a crash between send and save does not post twice.
                nonce,
                enforce_nonce: true,
            },
        }));
        return created.id;
    }
    /** Waits for the first login, which also gives the REST client its token. */
    async waitUntilReady() {
        if (this.client.isReady()) {
            return;
        }
        await (0, node_events_1.once)(this.client, discord_js_1.Events.ClientReady, { signal: AbortSignal.timeout(READY_TIMEOUT_MS) });
    }
};
exports.DiscordChannelPoster = DiscordChannelPoster;
exports.DiscordChannelPoster = DiscordChannelPoster = __decorate([
    (0, common_1.Injectable)(),
    __metadata("design:paramtypes", [discord_js_1.Client])
], DiscordChannelPoster);
//# sourceMappingURL=discord-channel-poster.js.map