"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.HealthCheckTimeoutError = void 0;
exports.withTimeout = withTimeout;
/** Thrown when a health check takes longer than its budget. */
class HealthCheckTimeoutError extends Error {
}
exports.HealthCheckTimeoutError = HealthCheckTimeoutError;
/** Resolves with `work`, or rejects with `HealthCheckTimeoutError` after `timeoutMs`. */
async function withTimeout(work, timeoutMs) {
    let timer;
    const timeout = new Promise((_resolve, reject) => {
        timer = setTimeout(() => reject(new HealthCheckTimeoutError(`timed out after ${timeoutMs} ms`)), timeoutMs);
    });
    try {
        return await Promise.race([work, timeout]);
    }
    finally {
        clearTimeout(timer);
    }
}
//# sourceMappingURL=with-timeout.js.map