/** Every check rule, in the order their findings are listed for one place. */
import type { Rule } from '../finding.js';
import { inconsistentSpeaker } from './inconsistent-speaker.js';
import { speakerSpelling, unknownSpeaker } from './registry.js';
import { unattributedQuote } from './unattributed-quote.js';
import { unbalancedQuote } from './unbalanced-quote.js';

export const RULES: readonly Rule[] = [unattributedQuote, unbalancedQuote, inconsistentSpeaker, unknownSpeaker, speakerSpelling];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);
