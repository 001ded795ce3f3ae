import { splitParagraphs } from '../segment/paragraphs.js';
import type { Pass } from './pass.js';

export const paragraphsPass: Pass = {
  name: 'paragraphs',
  run: (doc) => ({ paragraphs: splitParagraphs(doc.source.text).map((s, index) => ({ start: s.start, end: s.end, index })) }),
};
