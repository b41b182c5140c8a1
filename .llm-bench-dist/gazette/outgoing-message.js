"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CHANNEL_POSTER = void 0;
/** Injection token for the port that sends messages to channels (Discord in production). */
exports.CHANNEL_POSTER = Symbol('CHANNEL_POSTER');
//# sourceMappingURL=outgoing-message.js.map