import { GuildMember, type BaseInteraction } from 'discord.js';
import type { Actor } from '../campaigns/actor';
import { CommandOutsideGuildError } from '../campaigns/campaigns.errors';

/** Reads who acts from an interaction; rejects commands sent outside a server. */
export function actorFrom(interaction: BaseInteraction): Actor {
  if (!interaction.guildId) {
    throw new CommandOutsideGuildError();
  }
  const member = interaction.member;
  const memberName =
    member instanceof GuildMember ? member.displayName : (member?.nick ?? undefined);
  const displayName =
    memberName ?? interaction.user.globalName ?? interaction.user.username ?? 'An unnamed scholar';

  return {
    guildId: interaction.guildId,
    userId: interaction.user.id,
    displayName: displayName.slice(0, 100),
  };
}
