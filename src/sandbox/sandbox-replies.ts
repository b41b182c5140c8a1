import { MessageFlags } from 'discord.js';
import { RestError } from './sandbox-http';
import { isEmptyMessage, validateMessageBody } from './sandbox-limits';
import { computeMentions, type AllowedMentions } from './sandbox-mentions';
import type { SandboxAttachment, SandboxReply } from './sandbox-types';

type MessageBody = Record<string, unknown>;

/** Rejects a message body the way Discord does: 50035 for broken limits, 50006 when it shows nothing. */
export function checkMessageBody(
  body: MessageBody,
  options: { fileCount: number; allowEmpty: boolean },
): void {
  const errors = validateMessageBody(body);
  if (errors) {
    throw RestError.invalidFormBody(errors);
  }
  if (!options.allowEmpty && isEmptyMessage(body, options.fileCount)) {
    throw new RestError(400, 50006, 'Cannot send an empty message');
  }
}

/**
 * Builds the visible reply from a message body. For an edit, `previous` supplies every field the
 * body leaves out, since a PATCH changes only the fields it sends.
 */
export function replyFromBody(body: MessageBody, previous?: SandboxReply): SandboxReply {
  const content =
    'content' in body
      ? typeof body.content === 'string'
        ? body.content
        : ''
      : (previous?.content ?? '');
  const allowedMentions =
    'allowed_mentions' in body ? body.allowed_mentions : previous?.allowedMentions;
  // The ephemeral flag is fixed when the message is created, so an edit keeps the earlier flags.
  const flags = previous ? previous.flags : Number(body.flags ?? 0);

  return {
    content,
    embeds: 'embeds' in body ? ((body.embeds ?? []) as unknown[]) : (previous?.embeds ?? []),
    components:
      'components' in body ? ((body.components ?? []) as unknown[]) : (previous?.components ?? []),
    flags,
    ephemeral: (flags & MessageFlags.Ephemeral) !== 0,
    allowedMentions,
    mentions: computeMentions(content, allowedMentions as AllowedMentions | undefined),
  };
}

/** A message the bot sent through an interaction: the original response or a follow-up. */
export interface ReplyRecord {
  id: string;
  reply: SandboxReply;
  attachments: SandboxAttachment[];
  createdAt: number;
  editedAt?: number;
}
