/**
 * `--since REF`: the article files added or changed since REF, for checking only what a pull
 * request or a commit brings. Changed means: committed on this branch since it left REF
 * (`git diff REF...HEAD`, as a pull request shows it), plus what is staged, modified in the work
 * tree or new and not ignored, so a pre-commit hook sees the change being made. Deleted files
 * are left out. Paths come back relative to `cwd`.
 */
import { execFile } from 'node:child_process';
import { relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { ConfigError } from './config.js';

const run = promisify(execFile);

async function git(cwd: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await run('git', args, { cwd, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const e = error as { code?: unknown; stderr?: string };
    if (e.code === 'ENOENT') throw new ConfigError('--since needs git, which was not found');
    const detail = (e.stderr ?? '').trim().split('\n')[0] ?? '';
    throw new ConfigError(`--since: git ${args[0]} failed${detail ? `: ${detail}` : ''}`);
  }
}

const lines = (text: string): string[] => text.split('\0').filter(Boolean);

export async function changedSince(ref: string, cwd: string): Promise<string[]> {
  let top: string;
  try {
    top = (await run('git', ['rev-parse', '--show-toplevel'], { cwd })).stdout.trim();
  } catch {
    throw new ConfigError(`--since needs a git repository, and ${cwd} is not in one`);
  }
  await git(top, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).catch(() => {
    throw new ConfigError(`--since: '${ref}' is not a commit, branch or tag in this repository`);
  });
  const diff = ['diff', '--name-only', '-z', '--diff-filter=ACMR'];
  const [committed, staged, unstaged, untracked] = await Promise.all([
    git(top, [...diff, `${ref}...HEAD`]),
    git(top, [...diff, '--cached']),
    git(top, diff),
    git(top, ['ls-files', '--others', '--exclude-standard', '-z']),
  ]);
  const files = new Set([...lines(committed), ...lines(staged), ...lines(unstaged), ...lines(untracked)]);
  return [...files].map((f) => relative(cwd, resolve(top, f))).sort();
}
