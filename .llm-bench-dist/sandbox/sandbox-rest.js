"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SandboxRest = void 0;
const node_perf_hooks_1 = require("node:perf_hooks");
const sandbox_http_1 = require("./sandbox-http");
const API_PREFIX = '/api/v10';
/** Entries kept in the request log; older ones are dropped so long benchmarks stay bounded. */
const MAX_LOG_ENTRIES = 100_000;
/** The REST side of the sandbox: routing, token checks, forced failures and traffic accounting. */
class SandboxRest {
    router;
    token;
    requestLog = [];
    unhandledRequests = [];
    failures = [];
    constructor(router, token) {
        this.router = router;
        this.token = token;
    }
    failNext(rule) {
        this.failures.push({ ...rule, remaining: rule.count ?? 1 });
    }
    resetStats() {
        this.requestLog.length = 0;
    }
    async handle(request, response) {
        const method = request.method ?? 'GET';
        const url = request.url ?? '/';
        const queryStart = url.indexOf('?');
        const rawPath = queryStart >= 0 ? url.slice(0, queryStart) : url;
        const raw = await (0, sandbox_http_1.readRawBody)(request);
        const path = rawPath.startsWith(API_PREFIX)
            ? safeDecode(rawPath.slice(API_PREFIX.length))
            : undefined;
        const matched = path === undefined ? undefined : this.router.match(method, path);
        if (!matched || path === undefined) {
            this.unhandledRequests.push({ method, path: rawPath });
            this.finish(response, method, rawPath, raw.length, 404, { message: '404: Not Found', code: 0 }, {});
            return;
        }
        const { route, params } = matched;
        const routeName = `${method} ${route.template}`;
        const failure = this.takeFailure(method, path);
        if (failure) {
            const forced = (0, sandbox_http_1.failureResponse)(failure, route.bucket);
            this.finish(response, method, routeName, raw.length, forced.status, forced.body, forced.headers);
            return;
        }
        const headers = (0, sandbox_http_1.rateLimitHeaders)(route.bucket);
        if (route.authenticated && !this.isAuthorized(request.headers.authorization)) {
            this.finish(response, method, routeName, raw.length, 401, { message: '401: Unauthorized', code: 0 }, headers);
            return;
        }
        try {
            const { body, files } = await (0, sandbox_http_1.parseBody)(request.headers['content-type'], raw);
            const query = new URLSearchParams(queryStart >= 0 ? url.slice(queryStart + 1) : '');
            const result = await route.handler({
                method,
                path,
                params,
                query,
                authorization: request.headers.authorization,
                body,
                files,
                requestBytes: raw.length,
            });
            this.finish(response, method, routeName, raw.length, result.status, result.body, headers);
        }
        catch (error) {
            if (error instanceof sandbox_http_1.RestError) {
                const body = {
                    message: error.message,
                    code: error.code,
                    ...(error.errors ? { errors: error.errors } : {}),
                };
                this.finish(response, method, routeName, raw.length, error.status, body, headers);
                return;
            }
            // A crash in a handler is a sandbox bug: record it where tests look for trouble.
            this.unhandledRequests.push({ method, path: rawPath, error: String(error) });
            this.finish(response, method, routeName, raw.length, 500, { message: '500: Internal Server Error', code: 0 }, {});
        }
    }
    isAuthorized(authorization) {
        if (this.token === undefined) {
            return authorization !== undefined && authorization.startsWith('Bot ');
        }
        return authorization === `Bot ${this.token}`;
    }
    takeFailure(method, path) {
        const index = this.failures.findIndex((rule) => (rule.method === undefined || rule.method.toUpperCase() === method) &&
            rule.pathPattern.test(path));
        if (index < 0) {
            return undefined;
        }
        const rule = this.failures[index];
        rule.remaining -= 1;
        if (rule.remaining <= 0) {
            this.failures.splice(index, 1);
        }
        return rule;
    }
    finish(response, method, route, requestBytes, status, body, headers) {
        const responseBytes = (0, sandbox_http_1.writeJson)(response, status, body, headers);
        if (this.requestLog.length >= MAX_LOG_ENTRIES) {
            // Dropping a tenth at once keeps the cost of trimming low per request.
            this.requestLog.splice(0, MAX_LOG_ENTRIES / 10);
        }
        this.requestLog.push({
            method,
            route,
            status,
            requestBytes,
            responseBytes,
            at: node_perf_hooks_1.performance.now(),
        });
    }
}
exports.SandboxRest = SandboxRest;
function safeDecode(path) {
    try {
        return (0, sandbox_http_1.decodePath)(path);
    }
    catch {
        return undefined;
    }
}
//# sourceMappingURL=sandbox-rest.js.map