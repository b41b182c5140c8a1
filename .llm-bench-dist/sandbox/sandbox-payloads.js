"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.GUILD_TEXT_CHANNEL = void 0;
exports.userPayload = userPayload;
exports.memberPayload = memberPayload;
exports.rolePayload = rolePayload;
exports.channelPayload = channelPayload;
exports.guildCreatePayload = guildCreatePayload;
exports.messagePayload = messagePayload;
/** Text channel type on Discord. */
exports.GUILD_TEXT_CHANNEL = 0;
function userPayload(user, isBot = false) {
    return {
        id: user.id,
        username: user.username,
        global_name: user.globalName,
        discriminator: '0',
        avatar: null,
        bot: isBot,
        system: false,
        public_flags: 0,
    };
}
/** A guild member; interaction payloads add `permissions`, and resolved members leave out `user`. */
function memberPayload(member, withUser = true) {
    return {
        ...(withUser ? { user: userPayload(member.user, member.isBot) } : {}),
        nick: null,
        avatar: null,
        roles: member.roleIds,
        joined_at: member.joinedAt,
        premium_since: null,
        deaf: false,
        mute: false,
        flags: 0,
        pending: false,
        communication_disabled_until: null,
    };
}
function rolePayload(role) {
    return {
        id: role.id,
        name: role.name,
        color: 0,
        colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
        hoist: false,
        icon: null,
        unicode_emoji: null,
        position: role.position,
        permissions: role.permissions.toString(),
        managed: false,
        mentionable: false,
        flags: 0,
    };
}
function channelPayload(channel) {
    return {
        id: channel.id,
        type: exports.GUILD_TEXT_CHANNEL,
        guild_id: channel.guildId,
        name: channel.name,
        position: channel.position,
        permission_overwrites: [],
        parent_id: null,
        topic: null,
        nsfw: false,
        last_message_id: null,
        rate_limit_per_user: 0,
        flags: 0,
    };
}
/** The full guild object of a GUILD_CREATE dispatch, with every member the sandbox knows. */
function guildCreatePayload(guild) {
    const firstChannel = guild.channels.values().next().value;
    return {
        id: guild.id,
        name: guild.name,
        icon: null,
        splash: null,
        discovery_splash: null,
        banner: null,
        description: null,
        owner_id: guild.ownerId,
        application_id: null,
        afk_channel_id: null,
        afk_timeout: 300,
        verification_level: 0,
        default_message_notifications: 1,
        explicit_content_filter: 0,
        mfa_level: 0,
        nsfw_level: 0,
        premium_tier: 0,
        premium_subscription_count: 0,
        premium_progress_bar_enabled: false,
        preferred_locale: 'en-US',
        features: [],
        system_channel_id: firstChannel?.id ?? null,
        system_channel_flags: 0,
        rules_channel_id: null,
        public_updates_channel_id: null,
        safety_alerts_channel_id: null,
        vanity_url_code: null,
        max_members: 500000,
        max_video_channel_users: 25,
        joined_at: guild.joinedAt,
        large: false,
        unavailable: false,
        lazy: true,
        member_count: guild.members.size,
        roles: [...guild.roles.values()].map(rolePayload),
        channels: [...guild.channels.values()].map(channelPayload),
        members: [...guild.members.values()].map((member) => memberPayload(member)),
        threads: [],
        presences: [],
        voice_states: [],
        emojis: [],
        stickers: [],
        stage_instances: [],
        guild_scheduled_events: [],
        soundboard_sounds: [],
        embedded_activities: [],
        incidents_data: null,
        application_command_counts: {},
        home_header: null,
        hub_type: null,
        latest_onboarding_question_id: null,
        version: Date.now(),
    };
}
function messagePayload(input) {
    return {
        id: input.id,
        type: input.type,
        channel_id: input.channelId,
        ...(input.guildId ? { guild_id: input.guildId } : {}),
        author: input.author,
        content: input.content,
        timestamp: new Date(input.createdAt).toISOString(),
        edited_timestamp: input.editedAt ? new Date(input.editedAt).toISOString() : null,
        tts: false,
        mention_everyone: input.mentions.everyone,
        mentions: input.mentionedUsers,
        mention_roles: input.mentions.roles,
        attachments: input.attachments.map((attachment, index) => ({
            id: `${input.id}${index}`,
            filename: attachment.filename,
            size: attachment.size,
            url: `${input.attachmentBaseUrl}/${input.channelId}/${input.id}/${attachment.filename}`,
            proxy_url: `${input.attachmentBaseUrl}/${input.channelId}/${input.id}/${attachment.filename}`,
        })),
        embeds: input.embeds,
        components: input.components,
        pinned: false,
        flags: input.flags,
        ...(input.nonce !== undefined ? { nonce: input.nonce } : {}),
        ...(input.webhookId ? { webhook_id: input.webhookId } : {}),
        ...(input.applicationId ? { application_id: input.applicationId } : {}),
        ...(input.interactionMetadata ? { interaction_metadata: input.interactionMetadata } : {}),
    };
}
//# sourceMappingURL=sandbox-payloads.js.map