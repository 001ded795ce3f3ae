/**
 * The data formats write each article as a piece that depends on that article alone; only what goes
 * between pieces (`Formatter.pieces.joint`) depends on its place in the output. So a worker thread
 * (cli/worker.ts) makes an article's piece as soon as it has extracted it, and the main thread
 * writes the joint and the bytes. An article the main thread extracts itself goes through the same
 * function, so the output is the same bytes wherever each article was extracted.
 */
import type { ArticleResult } from '../model/result.js';
import { jsonPiece } from './json.js';
import { ndjsonPiece } from './ndjson.js';
import { yamlPiece } from './yaml.js';

export type PieceFormat = 'ndjson' | 'json' | 'yaml';

/** An article's piece; `text` is its decoded text, when at hand (it spares a scan of the JSON). */
export type MakePiece = (result: ArticleResult, text?: string) => string;

/** Each format's maker. (YAML's loads the yaml package only for an article its writer declines.) */
export const PIECE_MAKERS: Readonly<Record<PieceFormat, MakePiece>> = { ndjson: ndjsonPiece, json: jsonPiece, yaml: yamlPiece };
