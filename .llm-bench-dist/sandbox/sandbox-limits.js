"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MESSAGE_LIMITS = void 0;
exports.validateMessageBody = validateMessageBody;
exports.validateAutocompleteChoices = validateAutocompleteChoices;
exports.isEmptyMessage = isEmptyMessage;
/** Discord's limits on message bodies; the same apply to channel messages, webhooks and interaction responses. */
exports.MESSAGE_LIMITS = {
    content: 2000,
    embeds: 10,
    title: 256,
    description: 4096,
    fields: 25,
    fieldName: 256,
    fieldValue: 1024,
    footerText: 2048,
    authorName: 256,
    embedTotal: 6000,
    nonce: 25,
    allowedMentionIds: 100,
    autocompleteChoices: 25,
    choiceName: 100,
    choiceValue: 100,
};
/** Collects field errors into Discord's nested `{ a: { 0: { b: { _errors: [...] } } } }` shape. */
class FormErrorCollector {
    errors = {};
    count = 0;
    add(path, error) {
        let node = this.errors;
        for (const key of path) {
            node[key] ??= {};
            node = node[key];
        }
        const list = (node._errors ??= []);
        list.push(error);
        this.count += 1;
    }
    /**
     * Checks a string's length in Unicode code points.
     * NOTE: Discord does not document its counting unit; code points are an assumption.
     */
    checkLength(path, value, max) {
        if (typeof value !== 'string') {
            return 0;
        }
        // UTF-16 length is an upper bound on code points, so the slower count only runs near the limit.
        const length = value.length > max ? [...value].length : value.length;
        if (length > max) {
            this.add(path, {
                code: 'BASE_TYPE_MAX_LENGTH',
                message: `Must be ${max} or fewer in length.`,
            });
        }
        return length;
    }
    result() {
        return this.count === 0 ? null : this.errors;
    }
}
/** Returns the 50035 error tree for a message body that breaks Discord's limits, or null when it is valid. */
function validateMessageBody(body) {
    const collector = new FormErrorCollector();
    collector.checkLength(['content'], body.content, exports.MESSAGE_LIMITS.content);
    if (typeof body.nonce === 'string') {
        collector.checkLength(['nonce'], body.nonce, exports.MESSAGE_LIMITS.nonce);
    }
    if (Array.isArray(body.embeds)) {
        validateEmbeds(collector, body.embeds);
    }
    if (isRecord(body.allowed_mentions)) {
        validateAllowedMentions(collector, body.allowed_mentions);
    }
    return collector.result();
}
function validateEmbeds(collector, embeds) {
    if (embeds.length > exports.MESSAGE_LIMITS.embeds) {
        collector.add(['embeds'], {
            code: 'BASE_TYPE_MAX_LENGTH',
            message: `Must be ${exports.MESSAGE_LIMITS.embeds} or fewer in length.`,
        });
    }
    let total = 0;
    embeds.forEach((embed, index) => {
        total += validateEmbed(collector, embed, index);
    });
    if (total > exports.MESSAGE_LIMITS.embedTotal) {
        collector.add(['embeds'], {
            code: 'MAX_EMBED_SIZE_EXCEEDED',
            message: `Embed size exceeds maximum size of ${exports.MESSAGE_LIMITS.embedTotal}`,
        });
    }
}
/** Validates one embed and returns its size toward the 6000-character total. */
function validateEmbed(collector, embed, index) {
    const at = (...path) => ['embeds', index, ...path];
    let size = 0;
    size += collector.checkLength(at('title'), embed.title, exports.MESSAGE_LIMITS.title);
    size += collector.checkLength(at('description'), embed.description, exports.MESSAGE_LIMITS.description);
    if (isRecord(embed.footer)) {
        size += collector.checkLength(at('footer', 'text'), embed.footer.text, exports.MESSAGE_LIMITS.footerText);
    }
    if (isRecord(embed.author)) {
        size += collector.checkLength(at('author', 'name'), embed.author.name, exports.MESSAGE_LIMITS.authorName);
    }
    const fields = Array.isArray(embed.fields) ? embed.fields : [];
    if (fields.length > exports.MESSAGE_LIMITS.fields) {
        collector.add(at('fields'), {
            code: 'BASE_TYPE_MAX_LENGTH',
            message: `Must be ${exports.MESSAGE_LIMITS.fields} or fewer in length.`,
        });
    }
    fields.forEach((field, fieldIndex) => {
        const fieldPath = [...at('fields'), fieldIndex];
        size += collector.checkLength([...fieldPath, 'name'], field.name, exports.MESSAGE_LIMITS.fieldName);
        size += collector.checkLength([...fieldPath, 'value'], field.value, exports.MESSAGE_LIMITS.fieldValue);
    });
    return size;
}
function validateAllowedMentions(collector, allowed) {
    const parse = Array.isArray(allowed.parse) ? allowed.parse : [];
    for (const kind of ['users', 'roles']) {
        const ids = allowed[kind];
        if (!Array.isArray(ids)) {
            continue;
        }
        if (parse.includes(kind) && ids.length > 0) {
            collector.add(['allowed_mentions', kind], {
                code: 'MESSAGE_ALLOWED_MENTIONS_PARSE_EXCLUSIVE',
                message: `parse:["${kind}"] and ${kind}: [ids...] are mutually exclusive.`,
            });
        }
        if (ids.length > exports.MESSAGE_LIMITS.allowedMentionIds) {
            collector.add(['allowed_mentions', kind], {
                code: 'BASE_TYPE_MAX_LENGTH',
                message: `Must be ${exports.MESSAGE_LIMITS.allowedMentionIds} or fewer in length.`,
            });
        }
    }
}
/** Returns the 50035 error tree for autocomplete choices that break Discord's limits, or null. */
function validateAutocompleteChoices(choices) {
    const collector = new FormErrorCollector();
    const list = Array.isArray(choices) ? choices : [];
    if (list.length > exports.MESSAGE_LIMITS.autocompleteChoices) {
        collector.add(['data', 'choices'], {
            code: 'BASE_TYPE_MAX_LENGTH',
            message: `Must be ${exports.MESSAGE_LIMITS.autocompleteChoices} or fewer in length.`,
        });
    }
    list.forEach((choice, index) => {
        const path = ['data', 'choices', index];
        collector.checkLength([...path, 'name'], choice.name, exports.MESSAGE_LIMITS.choiceName);
        collector.checkLength([...path, 'value'], choice.value, exports.MESSAGE_LIMITS.choiceValue);
    });
    return collector.result();
}
/** Tells whether a message body has nothing to show, which Discord rejects with code 50006. */
function isEmptyMessage(body, fileCount) {
    const hasContent = typeof body.content === 'string' && body.content.length > 0;
    const hasEmbeds = Array.isArray(body.embeds) && body.embeds.length > 0;
    const hasComponents = Array.isArray(body.components) && body.components.length > 0;
    const hasStickers = Array.isArray(body.sticker_ids) && body.sticker_ids.length > 0;
    return (!hasContent && !hasEmbeds && !hasComponents && !hasStickers && !body.poll && fileCount === 0);
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
//# sourceMappingURL=sandbox-limits.js.map