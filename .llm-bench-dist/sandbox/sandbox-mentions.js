"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.computeMentions = computeMentions;
const USER_MENTION = /<@!?(\d{17,20})>/g;
const ROLE_MENTION = /<@&(\d{17,20})>/g;
const EVERYONE_MENTION = /@(everyone|here)/;
function collectIds(content, pattern) {
    const ids = new Set();
    for (const match of content.matchAll(pattern)) {
        ids.add(match[1]);
    }
    return [...ids];
}
/**
 * Computes who Discord would notify for a message. Without `allowed_mentions` every mention in the
 * content counts and the author of a replied-to message is notified. With it, only the kinds in
 * `parse` and the ids listed in `users` and `roles` count, an id only when the content mentions
 * it, and the replied-to author only when `replied_user` is true.
 * NOTE: role mentions count whether or not the role is mentionable, as for an author allowed to
 * mention everyone.
 */
function computeMentions(content, allowed, repliedUserId) {
    const mentionedUsers = content.includes('<@') ? collectIds(content, USER_MENTION) : [];
    const mentionedRoles = content.includes('<@&') ? collectIds(content, ROLE_MENTION) : [];
    const mentionsEveryone = content.includes('@') && EVERYONE_MENTION.test(content);
    if (allowed === undefined || allowed === null) {
        const users = repliedUserId ? addUnique(mentionedUsers, repliedUserId) : mentionedUsers;
        return { everyone: mentionsEveryone, roles: mentionedRoles, users };
    }
    const parse = allowed.parse ?? [];
    const users = parse.includes('users')
        ? mentionedUsers
        : mentionedUsers.filter((id) => allowed.users?.includes(id) ?? false);
    const roles = parse.includes('roles')
        ? mentionedRoles
        : mentionedRoles.filter((id) => allowed.roles?.includes(id) ?? false);
    return {
        everyone: mentionsEveryone && parse.includes('everyone'),
        roles,
        users: repliedUserId && allowed.replied_user === true ? addUnique(users, repliedUserId) : users,
    };
}
function addUnique(ids, id) {
    return ids.includes(id) ? ids : [...ids, id];
}
//# sourceMappingURL=sandbox-mentions.js.map