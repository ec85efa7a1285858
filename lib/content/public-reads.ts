// What checking one file learns from public/: whether a photo is there and
// how big it is, whether slides are a PDF, whether an old address is already
// a file. These are the only things outside the file itself (and the gate's
// own code and settings) that its outcome depends on, so a cached outcome
// (lib/content/gate-cache.ts) holds exactly while each question asked of
// public/ gets the same answer again. Every look into public/ while a file is
// checked must therefore go through a function made with `publicRead`.

/** One question asked of public/ while a file was checked, with the answer it got. */
export interface PublicRead {
  question: string;
  args: unknown[];
  answer: unknown;
}

const questions = new Map<string, (...args: never[]) => unknown>();
let journal: PublicRead[] | undefined;

/**
 * `ask` as a question about public/: called as before, but noted in the
 * journal of the file being checked. Its arguments and answer must survive
 * JSON, since they are kept in the cache and compared as JSON.
 */
export function publicRead<A extends unknown[], R>(question: string, ask: (...args: A) => R): (...args: A) => R {
  if (questions.has(question)) throw new Error(`two questions about public/ are called ${question}`);
  questions.set(question, ask as (...args: never[]) => unknown);
  return (...args: A) => {
    const answer = ask(...args);
    journal?.push({ question, args, answer });
    return answer;
  };
}

/** Runs `work`, returning its value and every question it asked of public/. */
export function recordPublicReads<T>(work: () => T): { value: T; reads: PublicRead[] } {
  const outer = journal;
  const reads: PublicRead[] = [];
  journal = reads;
  try {
    return { value: work(), reads };
  } finally {
    journal = outer;
  }
}

/** Whether public/, asked each question again now, gives the answers it gave before. */
export function publicReadsHold(reads: PublicRead[]): boolean {
  return reads.every(({ question, args, answer }) => {
    const ask = questions.get(question) as ((...args: unknown[]) => unknown) | undefined;
    if (!ask) return false;
    try {
      return JSON.stringify(ask(...args)) === JSON.stringify(answer);
    } catch {
      // A file that vanished between two looks: checking the file again reports it properly.
      return false;
    }
  });
}
