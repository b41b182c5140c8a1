import { Injectable } from '@nestjs/common';
import { CONFIDENCE_LABELS, CONFIDENCE_TABLE, partialReward } from '../theories/confidence';
import type {
  DigestFacts,
  Narrator,
  PressText,
  ScholarReactionFacts,
  TheoryBulletinFacts,
  TheoryLapseFacts,
  YearTurnFacts,
} from './narrator';
import {
  ARCHETYPE_MANNERS,
  BULLETIN_CLAIM,
  BULLETIN_CLOSINGS,
  BULLETIN_CONFIDENCE,
  BULLETIN_DEADLINE,
  BULLETIN_HEADLINE,
  BULLETIN_NO_SUPPORTERS,
  BULLETIN_OPENINGS,
  BULLETIN_STAKES,
  BULLETIN_SUPPORTERS,
  BULLETIN_TITLES,
  DEFAULT_MANNERS,
  LAPSE_HEADLINES,
  LAPSE_OPENINGS,
  LAPSE_PENALTY,
  LAPSE_REMARKS,
  MASTHEAD_FOLDED,
  MASTHEAD_HEADLINES,
  MASTHEAD_NEWS,
  MASTHEAD_QUIET,
  REACTION,
  REACTION_LINES,
  REACTION_WITH_CATCHPHRASE,
  YEAR_TURN_BODIES,
  YEAR_TURN_HEADLINES,
} from './press-templates';
import {
  countNoun,
  fillTemplate,
  formatSigned,
  joinNames,
  pickVariant,
  quotePlayerText,
  truncateText,
} from './template-text';

/** Maximum headline length, because Discord caps an embed title at 256 characters. */
export const PRESS_HEADLINE_MAX_LENGTH = 256;

/** Maximum body length, which leaves room under Discord's 4,096-character embed description. */
export const PRESS_BODY_MAX_LENGTH = 3500;

/** Maximum reaction length, so each one-line reaction stays under 200 characters. */
export const REACTION_MAX_LENGTH = 199;

/** Game limits on player text. Longer input is cut here rather than trusted. */
const CLAIM_MAX_LENGTH = 1000;
const NAME_MAX_LENGTH = 100;
const DEADLINE_MAX_LENGTH = 100;

/** Scholar names are cut shorter in reactions so the line itself fits. */
const REACTION_NAME_MAX_LENGTH = 40;

/** A stance of +2 or more reads as admiring and −2 or less as scornful. Between is neutral. */
const STANCE_THRESHOLD = 2;

type StanceTone = keyof typeof REACTION_LINES;

/**
 * Writes press from fixed templates, without a language model. Variants are chosen from a hash of
 * the facts, so the same facts always give the same text.
 */
@Injectable()
export class TemplateNarrator implements Narrator {
  theoryBulletin(facts: TheoryBulletinFacts): Promise<PressText> {
    const key = ['bulletin', facts.bulletinNumber, facts.claim];
    const player = quoteName(facts.playerName);
    const stakes = CONFIDENCE_TABLE[facts.confidence];

    const title = fillTemplate(pickVariant(BULLETIN_TITLES, ...key, 'title'), { player });
    const headline = fillTemplate(BULLETIN_HEADLINE, { number: facts.bulletinNumber, title });

    const opening = fillTemplate(pickVariant(BULLETIN_OPENINGS, ...key, 'opening'), {
      player,
      year: facts.year,
    });
    const ledger = [
      fillTemplate(BULLETIN_CONFIDENCE, { confidence: CONFIDENCE_LABELS[facts.confidence] }),
      this.describeSupporters(facts.supporterNames, key),
      fillTemplate(BULLETIN_DEADLINE, {
        deadline: quotePlayerText(truncateText(facts.deadline, DEADLINE_MAX_LENGTH)),
      }),
      fillTemplate(BULLETIN_STAKES, {
        reward: formatSigned(stakes.vindicated),
        partial: formatSigned(partialReward(facts.confidence)),
        penalty: formatSigned(stakes.refuted),
      }),
      pickVariant(BULLETIN_CLOSINGS, ...key, 'closing'),
    ];
    const body = composeAroundClaim([opening], facts.claim, ledger);

    return Promise.resolve(limitPress(headline, body));
  }

  theoryLapse(facts: TheoryLapseFacts): Promise<PressText> {
    const key = ['lapse', facts.bulletinNumber, facts.claim];
    const player = quoteName(facts.playerName);

    const headline = fillTemplate(pickVariant(LAPSE_HEADLINES, ...key, 'headline'), {
      number: facts.bulletinNumber,
    });

    const opening = fillTemplate(pickVariant(LAPSE_OPENINGS, ...key, 'opening'), {
      number: facts.bulletinNumber,
      player,
    });
    const closing = [
      pickVariant(LAPSE_REMARKS, ...key, 'remark'),
      fillTemplate(LAPSE_PENALTY, { player, reputation: formatSigned(facts.reputationAfter) }),
    ];
    const body = composeAroundClaim([opening], facts.claim, closing);

    return Promise.resolve(limitPress(headline, body));
  }

  yearTurn(facts: YearTurnFacts): Promise<PressText> {
    const key = ['year-turn', facts.campaignSeed, facts.fromYear, facts.toYear];
    const years = { fromYear: facts.fromYear, toYear: facts.toYear };

    const headline = fillTemplate(pickVariant(YEAR_TURN_HEADLINES, ...key, 'headline'), years);
    const body = fillTemplate(pickVariant(YEAR_TURN_BODIES, ...key, 'body'), years);

    return Promise.resolve(limitPress(headline, body));
  }

  digestMasthead(facts: DigestFacts): Promise<PressText> {
    const key = ['masthead', facts.campaignSeed, facts.year, facts.editionLabel];
    const edition = quotePlayerText(truncateText(facts.editionLabel, NAME_MAX_LENGTH));

    const headline = fillTemplate(pickVariant(MASTHEAD_HEADLINES, ...key, 'headline'), {
      edition,
    });

    const lines =
      facts.itemCount > 0
        ? [
            fillTemplate(pickVariant(MASTHEAD_NEWS, ...key, 'news'), {
              year: facts.year,
              items: countNoun(facts.itemCount, 'item', 'items'),
            }),
          ]
        : [fillTemplate(pickVariant(MASTHEAD_QUIET, ...key, 'quiet'), { year: facts.year })];
    if (facts.foldedEditions > 0) {
      const folded = countNoun(facts.foldedEditions, 'missed edition', 'missed editions');
      lines.push(fillTemplate(pickVariant(MASTHEAD_FOLDED, ...key, 'folded'), { folded }));
    }

    return Promise.resolve(limitPress(headline, lines.join('\n')));
  }

  scholarReactions(facts: ScholarReactionFacts[]): Promise<string[]> {
    return Promise.resolve(facts.map((fact) => this.writeReaction(fact)));
  }

  private describeSupporters(supporterNames: string[], key: (string | number)[]): string {
    if (supporterNames.length === 0) {
      return pickVariant(BULLETIN_NO_SUPPORTERS, ...key, 'alone');
    }
    const supporters = joinNames(supporterNames.map(quoteName));

    return fillTemplate(pickVariant(BULLETIN_SUPPORTERS, ...key, 'supporters'), { supporters });
  }

  private writeReaction(fact: ScholarReactionFacts): string {
    const tone = toneOf(fact.stance);
    const key = ['reaction', fact.scholarName, fact.archetype, fact.event, tone];
    const manners = ARCHETYPE_MANNERS[fact.archetype] ?? DEFAULT_MANNERS;
    const values = {
      name: quotePlayerText(truncateText(fact.scholarName, REACTION_NAME_MAX_LENGTH)),
      manner: pickVariant(manners, ...key, 'manner'),
      line: pickVariant(REACTION_LINES[tone], ...key, 'line'),
    };

    const catchphrase = fact.catchphrase.trim();
    const wantsCatchphrase = pickVariant([true, false], ...key, 'catchphrase');
    if (catchphrase !== '' && wantsCatchphrase) {
      const withCatchphrase = fillTemplate(REACTION_WITH_CATCHPHRASE, {
        ...values,
        catchphrase: quotePlayerText(endSentence(catchphrase)),
      });
      if (withCatchphrase.length <= REACTION_MAX_LENGTH) {
        return withCatchphrase;
      }
    }

    return truncateText(fillTemplate(REACTION, values), REACTION_MAX_LENGTH);
  }
}

function quoteName(name: string): string {
  return quotePlayerText(truncateText(name.trim(), NAME_MAX_LENGTH));
}

function toneOf(stance: number): StanceTone {
  if (stance >= STANCE_THRESHOLD) {
    return 'admiring';
  }
  if (stance <= -STANCE_THRESHOLD) {
    return 'scornful';
  }
  return 'neutral';
}

function endSentence(text: string): string {
  return /[.!?\u2026]$/.test(text) ? text : `${text}.`;
}

/**
 * Joins the lines with the quoted claim between them. The claim is shortened to whatever room the
 * other lines leave, so the facts around it (confidence, deadline, stakes) are never cut.
 */
function composeAroundClaim(before: string[], claim: string, after: string[]): string {
  const frameLength = [...before, fillTemplate(BULLETIN_CLAIM, { claim: '' }), ...after].join(
    '\n',
  ).length;
  const room = Math.max(0, PRESS_BODY_MAX_LENGTH - frameLength);
  const quoted = truncateText(quotePlayerText(truncateText(claim.trim(), CLAIM_MAX_LENGTH)), room);

  return [...before, fillTemplate(BULLETIN_CLAIM, { claim: quoted }), ...after].join('\n');
}

function limitPress(headline: string, body: string): PressText {
  return {
    headline: truncateText(headline, PRESS_HEADLINE_MAX_LENGTH),
    body: truncateText(body, PRESS_BODY_MAX_LENGTH),
  };
}
