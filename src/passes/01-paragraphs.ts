import type { Paragraph } from '../model/document.js';
import { splitParagraphs } from '../segment/paragraphs.js';
import type { Pass } from './pass.js';

/**
 * The document's lists are built by pushing into an array literal, here and in the passes after,
 * rather than by map or filter: V8 gives an empty result of map or filter another shape than a full
 * one, and optimised code that has only seen one throws itself away on meeting the other, while
 * every array made by one literal keeps the shape of what was ever pushed into it.
 */
export const paragraphsPass: Pass = {
  name: 'paragraphs',
  run(doc) {
    const paragraphs: Paragraph[] = [];
    for (const s of splitParagraphs(doc.source.text)) paragraphs.push({ start: s.start, end: s.end, index: paragraphs.length });
    return { paragraphs };
  },
};
