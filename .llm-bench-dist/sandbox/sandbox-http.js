"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Router = exports.RestError = void 0;
exports.decodePath = decodePath;
exports.readRawBody = readRawBody;
exports.parseBody = parseBody;
exports.rateLimitHeaders = rateLimitHeaders;
exports.failureResponse = failureResponse;
exports.writeJson = writeJson;
/** A Discord API error answered as `{ message, code, errors? }`. */
class RestError extends Error {
    status;
    code;
    errors;
    constructor(status, code, message, errors) {
        super(message);
        this.status = status;
        this.code = code;
        this.errors = errors;
    }
    static invalidFormBody(errors) {
        return new RestError(400, 50035, 'Invalid Form Body', errors);
    }
    static notFound(what, code) {
        return new RestError(404, code, `Unknown ${what}`);
    }
}
exports.RestError = RestError;
/** Matches decoded paths against route templates. */
class Router {
    routes = [];
    add(route) {
        const keys = [];
        const source = route.template.replace(/:(\w+)/g, (_match, key) => {
            keys.push(key);
            return '([^/]+)';
        });
        const bucket = Buffer.from(`${route.method} ${route.template}`).toString('hex').slice(-16);
        this.routes.push({ ...route, pattern: new RegExp(`^${source}$`), keys, bucket });
    }
    match(method, path) {
        for (const route of this.routes) {
            if (route.method !== method) {
                continue;
            }
            const match = route.pattern.exec(path);
            if (match) {
                const params = {};
                route.keys.forEach((key, index) => (params[key] = match[index + 1]));
                return { route, params };
            }
        }
        return undefined;
    }
}
exports.Router = Router;
function decodePath(rawPath) {
    return rawPath
        .split('/')
        .map((segment) => decodeURIComponent(segment))
        .join('/');
}
function readRawBody(request) {
    return new Promise((resolve, reject) => {
        const chunks = [];
        request.on('data', (chunk) => chunks.push(chunk));
        request.on('end', () => resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)));
        request.on('error', reject);
    });
}
/** Parses a JSON body, or a multipart body with `payload_json` and `files[n]` parts as discord.js sends with files. */
async function parseBody(contentType, raw) {
    if (raw.length === 0) {
        return { body: {}, files: [] };
    }
    if (contentType?.startsWith('multipart/form-data')) {
        return parseMultipart(contentType, raw);
    }
    try {
        const parsed = JSON.parse(raw.toString('utf8'));
        return {
            body: typeof parsed === 'object' && parsed !== null ? parsed : {},
            files: [],
        };
    }
    catch {
        throw new RestError(400, 50109, 'The request body contains invalid JSON.');
    }
}
async function parseMultipart(contentType, raw) {
    // Node's fetch Request parses multipart bodies, so no hand-written parser is needed.
    const form = await new Request('http://127.0.0.1/', {
        method: 'POST',
        headers: { 'content-type': contentType },
        body: raw,
    }).formData();
    const payload = form.get('payload_json');
    const body = typeof payload === 'string' ? JSON.parse(payload) : {};
    const files = [];
    for (const [name, value] of form.entries()) {
        if (name.startsWith('files[') && typeof value !== 'string') {
            files.push({ filename: value.name, size: value.size });
        }
    }
    return { body, files };
}
/** Rate-limit headers of a successful response: the bucket always has requests left. */
function rateLimitHeaders(bucket) {
    return {
        'X-RateLimit-Limit': '50',
        'X-RateLimit-Remaining': '49',
        'X-RateLimit-Reset': String(Math.ceil(Date.now() / 1000) + 1),
        'X-RateLimit-Reset-After': '1.000',
        'X-RateLimit-Bucket': bucket,
    };
}
/** Headers and body of a forced failure, shaped like Discord's 429 and 5xx answers. */
function failureResponse(rule, bucket) {
    if (rule.status !== 429) {
        return {
            status: rule.status,
            headers: {},
            body: { message: `${rule.status}: Server Error`, code: 0 },
        };
    }
    const retryAfter = rule.retryAfterSeconds ?? 1;
    const headers = {
        'Retry-After': String(retryAfter),
        'X-RateLimit-Limit': '50',
        'X-RateLimit-Remaining': '0',
        'X-RateLimit-Reset': String(Date.now() / 1000 + retryAfter),
        'X-RateLimit-Reset-After': String(retryAfter),
        'X-RateLimit-Bucket': bucket,
        'X-RateLimit-Scope': rule.global ? 'global' : 'user',
    };
    // discord.js treats a 429 as global whenever this header is present, whatever its value.
    if (rule.global) {
        headers['X-RateLimit-Global'] = 'true';
    }
    return {
        status: 429,
        headers,
        body: {
            message: 'You are being rate limited.',
            retry_after: retryAfter,
            global: rule.global ?? false,
        },
    };
}
/** Sends a JSON body, or no body for 204, and returns the number of body bytes written. */
function writeJson(response, status, body, headers) {
    if (status === 204 || body === undefined) {
        response.writeHead(status === 200 ? 204 : status, headers);
        response.end();
        return 0;
    }
    const text = Buffer.from(JSON.stringify(body));
    response.writeHead(status, {
        ...headers,
        'Content-Type': 'application/json',
        'Content-Length': String(text.length),
    });
    response.end(text);
    return text.length;
}
//# sourceMappingURL=sandbox-http.js.map