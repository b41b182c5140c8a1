"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.registerRoutes = registerRoutes;
const sandbox_http_1 = require("./sandbox-http");
const sandbox_payloads_1 = require("./sandbox-payloads");
const ok = (body) => ({ status: 200, body });
const noContent = () => ({ status: 204 });
/** Registers the subset of Discord's REST API v10 that discord.js uses for a bot like ours. */
function registerRoutes(router, context) {
    registerSessionRoutes(router, context);
    registerCommandRoutes(router, context);
    registerChannelRoutes(router, context);
    registerGuildRoutes(router, context);
    registerInteractionRoutes(router, context);
}
function registerSessionRoutes(router, context) {
    const { store } = context;
    const gatewayBot = () => ok({
        url: context.gatewayUrl(),
        shards: 1,
        session_start_limit: {
            total: 1000,
            remaining: 999,
            reset_after: 86_400_000,
            max_concurrency: 16,
        },
    });
    const application = () => ok({
        id: context.applicationId,
        name: store.botUser.username,
        description: '',
        icon: null,
        bot_public: true,
        bot_require_code_grant: false,
        flags: 0,
        owner: (0, sandbox_payloads_1.userPayload)(store.botUser),
        team: null,
        verify_key: '0'.repeat(64),
        bot: (0, sandbox_payloads_1.userPayload)(store.botUser, true),
    });
    router.add({
        method: 'GET',
        template: '/gateway',
        authenticated: false,
        handler: () => ok({ url: context.gatewayUrl() }),
    });
    router.add({ method: 'GET', template: '/gateway/bot', authenticated: true, handler: gatewayBot });
    router.add({
        method: 'GET',
        template: '/users/@me',
        authenticated: true,
        handler: () => ok((0, sandbox_payloads_1.userPayload)(store.botUser, true)),
    });
    router.add({
        method: 'GET',
        template: '/applications/@me',
        authenticated: true,
        handler: application,
    });
    router.add({
        method: 'GET',
        template: '/oauth2/applications/@me',
        authenticated: true,
        handler: application,
    });
    router.add({
        method: 'GET',
        template: '/users/:user',
        authenticated: true,
        handler: ({ params }) => {
            const user = store.users.get(params.user);
            if (!user) {
                throw sandbox_http_1.RestError.notFound('User', 10013);
            }
            return ok((0, sandbox_payloads_1.userPayload)(user, user.id === store.botUser.id));
        },
    });
}
function registerCommandRoutes(router, context) {
    const { store } = context;
    const checkApplication = (request) => {
        if (request.params.app !== context.applicationId) {
            throw sandbox_http_1.RestError.notFound('Application', 10002);
        }
    };
    const guildOf = (request) => {
        if (request.params.guild !== undefined && !store.guilds.has(request.params.guild)) {
            throw sandbox_http_1.RestError.notFound('Guild', 10004);
        }
        return request.params.guild;
    };
    for (const template of [
        '/applications/:app/commands',
        '/applications/:app/guilds/:guild/commands',
    ]) {
        router.add({
            method: 'GET',
            template,
            authenticated: true,
            handler: (request) => {
                checkApplication(request);
                return ok(store.listCommands(guildOf(request)));
            },
        });
        router.add({
            method: 'PUT',
            template,
            authenticated: true,
            handler: (request) => {
                checkApplication(request);
                const definitions = Array.isArray(request.body)
                    ? request.body
                    : [];
                return ok(store.setCommands(guildOf(request), definitions));
            },
        });
        router.add({
            method: 'POST',
            template,
            authenticated: true,
            handler: (request) => {
                checkApplication(request);
                return { status: 201, body: store.addCommand(guildOf(request), request.body) };
            },
        });
    }
}
function registerChannelRoutes(router, context) {
    const { store, channelMessages } = context;
    const channelOf = (request) => {
        const channel = store.channels.get(request.params.channel);
        if (!channel) {
            throw sandbox_http_1.RestError.notFound('Channel', 10003);
        }
        return channel;
    };
    router.add({
        method: 'GET',
        template: '/channels/:channel',
        authenticated: true,
        handler: (request) => ok((0, sandbox_payloads_1.channelPayload)(channelOf(request))),
    });
    router.add({
        method: 'GET',
        template: '/channels/:channel/messages',
        authenticated: true,
        handler: (request) => {
            const channel = channelOf(request);
            const limit = Math.min(Math.max(Number(request.query.get('limit') ?? 50), 1), 100);
            const newestFirst = [...store.channelMessages(channel.id)].reverse().slice(0, limit);
            return ok(newestFirst.map((message) => channelMessages.toPayload(message)));
        },
    });
    router.add({
        method: 'POST',
        template: '/channels/:channel/messages',
        authenticated: true,
        handler: (request) => ok(channelMessages.toPayload(channelMessages.post(request.params.channel, request.body, request.files))),
    });
    router.add({
        method: 'GET',
        template: '/channels/:channel/messages/:message',
        authenticated: true,
        handler: ({ params }) => ok(channelMessages.toPayload(channelMessages.findOrFail(params.channel, params.message))),
    });
    router.add({
        method: 'PATCH',
        template: '/channels/:channel/messages/:message',
        authenticated: true,
        handler: ({ params, body }) => ok(channelMessages.toPayload(channelMessages.edit(params.channel, params.message, body))),
    });
    router.add({
        method: 'DELETE',
        template: '/channels/:channel/messages/:message',
        authenticated: true,
        handler: ({ params }) => {
            channelMessages.delete(params.channel, params.message);
            return noContent();
        },
    });
    router.add({
        method: 'POST',
        template: '/channels/:channel/typing',
        authenticated: true,
        handler: (request) => {
            channelOf(request);
            return noContent();
        },
    });
}
function registerGuildRoutes(router, context) {
    const { store } = context;
    const guildOf = (request) => {
        const guild = store.guilds.get(request.params.guild);
        if (!guild) {
            throw sandbox_http_1.RestError.notFound('Guild', 10004);
        }
        return guild;
    };
    router.add({
        method: 'GET',
        template: '/guilds/:guild/channels',
        authenticated: true,
        handler: (request) => ok([...guildOf(request).channels.values()].map(sandbox_payloads_1.channelPayload)),
    });
    router.add({
        method: 'GET',
        template: '/guilds/:guild/roles',
        authenticated: true,
        handler: (request) => ok([...guildOf(request).roles.values()].map(sandbox_payloads_1.rolePayload)),
    });
    router.add({
        method: 'GET',
        template: '/guilds/:guild/members/:user',
        authenticated: true,
        handler: (request) => {
            const member = guildOf(request).members.get(request.params.user);
            if (!member) {
                throw sandbox_http_1.RestError.notFound('Member', 10007);
            }
            return ok((0, sandbox_payloads_1.memberPayload)(member));
        },
    });
}
function registerInteractionRoutes(router, context) {
    const { interactions } = context;
    const interactionOf = (request) => {
        if (request.params.app !== context.applicationId) {
            throw sandbox_http_1.RestError.notFound('Webhook', 10015);
        }
        return interactions.findByWebhookToken(request.params.token);
    };
    const webhookMessage = '/webhooks/:app/:token/messages/:message';
    router.add({
        method: 'POST',
        template: '/interactions/:interaction/:token/callback',
        authenticated: false,
        handler: (request) => interactions.handleCallback({
            id: request.params.interaction,
            token: request.params.token,
            body: request.body,
            files: request.files,
            withResponse: request.query.get('with_response') === 'true',
        }),
    });
    router.add({
        method: 'GET',
        template: webhookMessage,
        authenticated: false,
        handler: (request) => {
            const record = interactionOf(request);
            return ok(context.replyPayload(record, interactions.findReply(record, request.params.message)));
        },
    });
    router.add({
        method: 'PATCH',
        template: webhookMessage,
        authenticated: false,
        handler: (request) => {
            const record = interactionOf(request);
            const edited = interactions.editReply(record, request.params.message, request.body, request.files);
            return ok(context.replyPayload(record, edited));
        },
    });
    router.add({
        method: 'DELETE',
        template: webhookMessage,
        authenticated: false,
        handler: (request) => {
            interactions.deleteReply(interactionOf(request), request.params.message);
            return noContent();
        },
    });
    router.add({
        method: 'POST',
        template: '/webhooks/:app/:token',
        authenticated: false,
        handler: (request) => {
            const record = interactionOf(request);
            const followUp = interactions.addFollowUp(record, request.body, request.files);
            return request.query.get('wait') === 'true'
                ? ok(context.replyPayload(record, followUp))
                : noContent();
        },
    });
}
//# sourceMappingURL=sandbox-routes.js.map