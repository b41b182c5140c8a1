"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SandboxGateway = void 0;
const node_crypto_1 = require("node:crypto");
const discord_js_1 = require("discord.js");
const ws_1 = require("ws");
/** Dispatches kept per session for RESUME; a client missing more than this must identify again. */
const REPLAY_BUFFER_SIZE = 2000;
/** Close codes after which a client does not come back to resume: normal closure and going away. */
const FINAL_CLOSE_CODES = new Set([1000, 1001]);
const AUTHENTICATION_FAILED = 4004;
/** The gateway WebSocket: HELLO, IDENTIFY, READY, heartbeats, dispatches with sequence numbers, RESUME. */
class SandboxGateway {
    options;
    /** Sessions started by IDENTIFY; a RESUME keeps its session and does not add one. */
    sessionsStarted = 0;
    server;
    sessions = new Map();
    botSession;
    constructor(httpServer, options) {
        this.options = options;
        this.server = new ws_1.WebSocketServer({ server: httpServer });
        this.server.on('connection', (socket) => this.accept(socket));
    }
    isBotConnected() {
        return this.botSession?.socket !== undefined;
    }
    hasBotSession() {
        return this.botSession !== undefined;
    }
    /** Sends an event to every session; sessions between disconnect and resume get it on resume. */
    dispatch(event, data, requiredIntent = 0) {
        for (const session of this.sessions.values()) {
            if (requiredIntent === 0 || (session.intents & requiredIntent) !== 0) {
                this.send(session, event, data);
            }
        }
    }
    /** Sends an event to the newest session only, as Discord sends an interaction to one shard. */
    dispatchToBot(event, data) {
        if (!this.botSession) {
            throw new Error('No bot is connected to the sandbox gateway; log a client in first.');
        }
        this.send(this.botSession, event, data);
    }
    /** Closes the bot's socket with a resumable close code, so the client reconnects and resumes. */
    disconnectBot(code) {
        this.botSession?.socket?.close(code, 'Disconnected by the sandbox');
    }
    close() {
        for (const socket of this.server.clients) {
            socket.terminate();
        }
        this.sessions.clear();
        this.botSession = undefined;
        return new Promise((resolve) => this.server.close(() => resolve()));
    }
    accept(socket) {
        let session;
        socket.on('message', (raw) => {
            session = this.receive(socket, raw, session);
        });
        socket.on('close', (code) => {
            if (!session || session.socket !== socket) {
                return;
            }
            session.socket = undefined;
            if (FINAL_CLOSE_CODES.has(code)) {
                this.endSession(session);
            }
        });
        socket.on('error', () => socket.terminate());
        sendFrame(socket, {
            op: discord_js_1.GatewayOpcodes.Hello,
            d: { heartbeat_interval: this.options.heartbeatIntervalMs },
        });
    }
    receive(socket, raw, session) {
        let payload;
        try {
            payload = JSON.parse(rawToString(raw));
        }
        catch {
            socket.close(4002, 'Decode error');
            return session;
        }
        switch (payload.op) {
            case discord_js_1.GatewayOpcodes.Heartbeat:
                sendFrame(socket, { op: discord_js_1.GatewayOpcodes.HeartbeatAck });
                return session;
            case discord_js_1.GatewayOpcodes.Identify:
                return this.identify(socket, payload.d ?? {});
            case discord_js_1.GatewayOpcodes.Resume:
                return this.resume(socket, payload.d ?? {});
            default:
                // Presence, voice state and member requests change nothing here.
                return session;
        }
    }
    identify(socket, data) {
        if (!this.isTokenValid(data.token)) {
            socket.close(AUTHENTICATION_FAILED, 'Authentication failed.');
            return undefined;
        }
        const session = {
            id: (0, node_crypto_1.randomBytes)(16).toString('hex'),
            sequence: 0,
            socket,
            intents: Number(data.intents ?? 0),
            replay: [],
        };
        this.sessions.set(session.id, session);
        this.botSession = session;
        this.sessionsStarted += 1;
        this.send(session, 'READY', this.options.readyPayload(session.id, data.shard));
        for (const guild of this.options.guildPayloads()) {
            this.send(session, 'GUILD_CREATE', guild);
        }
        return session;
    }
    resume(socket, data) {
        const session = this.sessions.get(String(data.session_id));
        const lastSequence = Number(data.seq ?? 0);
        const oldest = session?.replay[0]?.sequence ?? Number.POSITIVE_INFINITY;
        const canReplay = session !== undefined && (lastSequence >= session.sequence || oldest <= lastSequence + 1);
        if (!this.isTokenValid(data.token) || !session || !canReplay) {
            // Resume is impossible; `d: false` tells the client to identify again.
            sendFrame(socket, { op: discord_js_1.GatewayOpcodes.InvalidSession, d: false });
            return undefined;
        }
        session.socket?.terminate();
        session.socket = socket;
        this.botSession = session;
        for (const entry of session.replay) {
            if (entry.sequence > lastSequence) {
                socket.send(entry.frame);
            }
        }
        this.send(session, 'RESUMED', {});
        return session;
    }
    send(session, event, data) {
        session.sequence += 1;
        const frame = JSON.stringify({
            op: discord_js_1.GatewayOpcodes.Dispatch,
            t: event,
            s: session.sequence,
            d: data,
        });
        session.replay.push({ sequence: session.sequence, frame });
        if (session.replay.length > REPLAY_BUFFER_SIZE) {
            session.replay.shift();
        }
        session.socket?.send(frame);
    }
    endSession(session) {
        this.sessions.delete(session.id);
        if (this.botSession === session) {
            this.botSession = [...this.sessions.values()].pop();
        }
    }
    isTokenValid(token) {
        if (this.options.token === undefined) {
            return typeof token === 'string' && token.length > 0;
        }
        return typeof token === 'string' && token.replace(/^Bot /, '') === this.options.token;
    }
}
exports.SandboxGateway = SandboxGateway;
function sendFrame(socket, payload) {
    socket.send(JSON.stringify(payload));
}
function rawToString(raw) {
    if (Array.isArray(raw)) {
        return Buffer.concat(raw).toString('utf8');
    }
    return Buffer.from(raw).toString('utf8');
}
//# sourceMappingURL=sandbox-gateway.js.map