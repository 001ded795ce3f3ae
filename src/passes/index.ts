/** The passes, in the order they run. Each reads what the ones before it added. */
import { paragraphsPass } from './01-paragraphs.js';
import { quotationsPass } from './02-quotations.js';
import { sentencesPass } from './03-sentences.js';
import { tokensPass } from './04-tokens.js';
import { cuesPass } from './05-cues.js';
import { mentionsPass } from './06-mentions.js';
import { entitiesPass } from './07-entities.js';
import { cueSpeakersPass } from './08-cue-speakers.js';
import { quoteShapesPass } from './09-quote-shapes.js';
import { attributionPass } from './10-attribution.js';
import { claimsPass } from './11-claims.js';
import type { Pass } from './pass.js';

export const PASSES: readonly Pass[] = [
  paragraphsPass,
  quotationsPass,
  sentencesPass,
  tokensPass,
  cuesPass,
  mentionsPass,
  entitiesPass,
  cueSpeakersPass,
  quoteShapesPass,
  attributionPass,
  claimsPass,
];
