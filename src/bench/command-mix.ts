import type { CommandOptionValue } from '../sandbox/sandbox-types';
import type { RandomStream } from '../common/random';
import { SCHOLAR_LEGENDS } from '../scholars/scholar-legends';

/** One command a simulated player may send, as the benchmark dispatches it. */
export interface CommandPlan {
  /** Label for the report: the command name, or `autocomplete:<command>`. */
  label: string;
  name: string;
  subcommand?: string;
  options?: Record<string, CommandOptionValue>;
  /** Set for autocomplete requests: the option being typed. */
  focused?: string;
}

/** An entry of the weighted mix; adding a command to the benchmark is one entry here. */
interface MixEntry {
  weight: number;
  plan: (random: RandomStream, sequence: number) => CommandPlan;
}

const CONFIDENCE_WEIGHTS = ['suspect', 'suspect', 'certain', 'certain', 'stake_my_career'];
const CLAIM_SUBJECTS = [
  'the drowned library',
  'the bronze bells',
  'the salt road',
  'the tide calendar',
];
const CLAIM_VERBS = ['predates', 'was built to mirror', 'was buried beneath', 'was copied from'];

/**
 * The weighted mix of player commands in normal play: mostly reading (status, Gazette, profiles)
 * and typing with autocomplete, with about one submission in five.
 */
export const COMMAND_MIX: readonly MixEntry[] = [
  { weight: 20, plan: () => ({ label: 'status', name: 'status' }) },
  { weight: 5, plan: () => ({ label: 'wager', name: 'wager' }) },
  {
    weight: 20,
    plan: (random, sequence) => ({
      label: 'submit_theory',
      name: 'submit_theory',
      options: {
        claim: `${random.pick(CLAIM_SUBJECTS)} ${random.pick(CLAIM_VERBS)} ${random.pick(CLAIM_SUBJECTS)} (${sequence})`,
        confidence: random.pick(CONFIDENCE_WEIGHTS),
      },
    }),
  },
  {
    weight: 10,
    plan: (random) => ({
      label: 'scholar',
      name: 'scholar',
      // Legends have the same names in every campaign, so a typed name always resolves.
      options: { name: random.pick(SCHOLAR_LEGENDS).name },
    }),
  },
  { weight: 15, plan: () => ({ label: 'gazette', name: 'gazette' }) },
  {
    weight: 15,
    plan: (random) => ({
      label: 'autocomplete:submit_theory',
      name: 'submit_theory',
      options: { claim: 'x', confidence: 'suspect', supporter1: random.pick(['', 'a', 'Ma', 'e']) },
      focused: 'supporter1',
    }),
  },
  {
    weight: 4,
    plan: (random) => ({
      label: 'recruit_odds',
      name: 'recruit_odds',
      options: { scholar: random.pick(SCHOLAR_LEGENDS).name, faction: 'academia' },
    }),
  },
  {
    weight: 1,
    plan: (random) => ({
      label: 'recruit',
      name: 'recruit',
      options: { scholar: random.pick(SCHOLAR_LEGENDS).name, faction: 'academia' },
    }),
  },
  {
    weight: 1,
    plan: (random) => ({
      label: 'poach',
      name: 'poach',
      options: {
        scholar: random.pick(SCHOLAR_LEGENDS).name,
        faction: 'industry',
        amount: 1,
        terms: 'A quieter office.',
      },
    }),
  },
  {
    weight: 1,
    plan: (random) => ({
      label: 'counter',
      name: 'counter',
      options: { scholar: random.pick(SCHOLAR_LEGENDS).name, faction: 'industry', amount: 1 },
    }),
  },
  { weight: 2, plan: () => ({ label: 'offers', name: 'offers' }) },
  {
    weight: 1,
    plan: (random) => ({
      label: 'mentor',
      name: 'mentor',
      options: { scholar: random.pick(SCHOLAR_LEGENDS).name },
    }),
  },
  {
    weight: 1,
    plan: (random) => ({
      label: 'assign_lab',
      name: 'assign_lab',
      options: { scholar: random.pick(SCHOLAR_LEGENDS).name, track: 'industry' },
    }),
  },
  // Legends' names resolve in every campaign; one already employed by another lead is rejected
  // with a reply, as in play.
  {
    weight: 2,
    plan: (random) => ({
      label: 'launch_expedition',
      name: 'launch_expedition',
      options: {
        type: 'think_tank',
        objective: `Reread the ${random.pick(CLAIM_SUBJECTS)} correspondence for a missed date.`,
        team1: random.pick(SCHOLAR_LEGENDS).name,
        discipline: random.pick(['Archaeology', 'Epigraphy', 'Chronology']),
        confidence: random.pick(CONFIDENCE_WEIGHTS),
      },
    }),
  },
  // Bulletin numbers are gapless per campaign, so a small number names a theory once a few exist.
  // A rival's theory, or one already judged, is rejected with a reply.
  {
    weight: 1,
    plan: (random) => ({
      label: 'conference',
      name: 'conference',
      options: { theory: String(random.int(1, 40)) },
    }),
  },
  {
    weight: 1,
    plan: (random) => ({
      label: 'challenge',
      name: 'challenge',
      options: { theory: String(random.int(1, 40)), confidence: random.pick(CONFIDENCE_WEIGHTS) },
    }),
  },
  {
    weight: 15,
    plan: (random) => ({
      label: 'autocomplete:scholar',
      name: 'scholar',
      options: { name: random.pick(['', 'o', 'Is', 'r']) },
      focused: 'name',
    }),
  },
  // Past the limit of pending proposals this is rejected with a reply, as in play.
  {
    weight: 2,
    plan: (random, sequence) => ({
      label: 'symposium_propose',
      name: 'symposium_propose',
      options: { topic: `Whether ${random.pick(CLAIM_SUBJECTS)} deserves a chair (${sequence})` },
    }),
  },
  {
    weight: 3,
    plan: (random) => ({
      label: 'symposium_vote',
      name: 'symposium_vote',
      options: { stance: random.pick(['support', 'oppose', 'further_study']) },
    }),
  },
  { weight: 3, plan: () => ({ label: 'symposium_status', name: 'symposium_status' }) },
  {
    weight: 1,
    plan: (random) => ({
      label: 'export_log',
      name: 'export_log',
      // A bounded range keeps the export the size a player would normally ask for.
      options: { from_seq: random.int(1, 200), to_seq: 400 },
    }),
  },
];

const TOTAL_WEIGHT = COMMAND_MIX.reduce((sum, entry) => sum + entry.weight, 0);

/** Draws the next command of the mix. */
export function drawCommand(random: RandomStream, sequence: number): CommandPlan {
  let ticket = random.int(1, TOTAL_WEIGHT);
  for (const entry of COMMAND_MIX) {
    ticket -= entry.weight;
    if (ticket <= 0) {
      return entry.plan(random, sequence);
    }
  }

  return COMMAND_MIX[0].plan(random, sequence);
}
