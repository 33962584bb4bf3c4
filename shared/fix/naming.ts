// Environment variable names derived from the identifier a secret was assigned to.

const VALID_NAME = /^[A-Z_][A-Z0-9_]*$/;

/**
 * `pineconeKey` → `PINECONE_KEY`, `openai.api-key` → `OPENAI_API_KEY`, `APIKey` → `API_KEY`.
 * Always returns a name matching `^[A-Z_][A-Z0-9_]*$` (`KEY_` prefix before a leading digit, `SECRET` when
 * nothing usable is left), so the result can be written to `.env` and into source as is.
 */
export function deriveEnvVarName(identifier: string): string {
  const words: string[] = [];
  let word = '';
  for (let i = 0; i < identifier.length; i++) {
    const ch = identifier[i];
    if (!isAsciiAlnum(ch)) {
      if (word) words.push(word);
      word = '';
      continue;
    }
    if (word && startsNewWord(identifier, i)) {
      words.push(word);
      word = '';
    }
    word += ch;
  }
  if (word) words.push(word);
  const name = words.join('_').toUpperCase();
  if (!name) return 'SECRET';
  return isDigit(name[0]) ? `KEY_${name}` : name;
}

/** True when `name` can be used unchanged as an environment variable name in every fix target. */
export function isValidEnvVarName(name: string): boolean {
  return VALID_NAME.test(name);
}

// camelCase boundary (`pineconeKey`, `openai2Key`) or the end of an acronym (`APIKey`: the `K` starts `Key`).
function startsNewWord(text: string, i: number): boolean {
  const previous = text[i - 1];
  const ch = text[i];
  if (!isUpper(ch)) return false;
  if (isLower(previous) || isDigit(previous)) return true;
  return isUpper(previous) && isLower(text[i + 1] ?? '');
}

function isAsciiAlnum(ch: string): boolean {
  return isUpper(ch) || isLower(ch) || isDigit(ch);
}
function isUpper(ch: string): boolean {
  return ch >= 'A' && ch <= 'Z';
}
function isLower(ch: string): boolean {
  return ch >= 'a' && ch <= 'z';
}
function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}
