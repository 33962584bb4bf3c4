// Generators for synthetic values with structure, used as `«=name:arg»` in detector examples.

import { base62, crc32 } from '../detectors/checksums';
import { randomBody } from './random';

export type Generator = (arg: string, random: () => number) => string;

function base64url(text: string): string {
  return Buffer.from(text).toString('base64url');
}

export const GENERATORS: Readonly<Record<string, Generator>> = {
  /** `«=crc32:ghp_»`: prefix + 30 random base62 + 6-char CRC32 checksum (GitHub classic tokens, npm tokens). */
  crc32: (prefix, random) => {
    const body = randomBody('a', 30, random);
    return prefix + body + base62(crc32(body), 6);
  },
  /** `«=jwt»`: a structurally valid HS256 JWT with a random subject and signature; `«=jwt:anon»` sets the role claim. */
  jwt: (role, random) => {
    const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
    const payload = base64url(JSON.stringify({ sub: randomBody('l', 12, random), role: role || 'service_role', iat: 1700000000 }));
    return `${header}.${payload}.${randomBody('u', 43, random)}`;
  },
  /** `«=b64digits:18»`: base64 (unpadded) of a random decimal id, as in the first part of a Discord bot token. */
  b64digits: (length, random) => {
    const digits = String(1 + Math.floor(random() * 9)) + randomBody('d', Number(length || 18) - 1, random);
    return Buffer.from(digits).toString('base64').replace(/=+$/, '');
  },
  /** `«=pem:RSA PRIVATE KEY»`: a multi-line PEM block with random base64 lines. */
  pem: (label, random) => {
    const kind = label || 'PRIVATE KEY';
    const lines: string[] = [];
    for (let i = 0; i < 8; i++) lines.push(randomBody('b', 64, random));
    lines.push(randomBody('b', 40, random) + '==');
    return `-----BEGIN ${kind}-----\n${lines.join('\n')}\n-----END ${kind}-----`;
  },
  /** `«=convex:prod»`: a Convex deploy key, `prod:<deployment>|<base64 token>` (`|` cannot appear in a plain token). */
  convex: (kind, random) => `${kind || 'prod'}:${randomBody('z', 8, random)}-${randomBody('l', 6, random)}|eyJ2MiI6${randomBody('b', 80, random)}`,
  /**
   * `«=bedrock»`: an Amazon Bedrock long-term API key (`ABSK` + base64 of `BedrockAPIKey-<id>-at-<account>:<secret>`);
   * `«=bedrock:short»`: a short-term one (`bedrock-api-key-` + base64 of a presigned URL).
   */
  bedrock: (kind, random) =>
    kind === 'short'
      ? `bedrock-api-key-${Buffer.from(
          `bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Credential=${randomBody('A', 20, random)}&X-Amz-Signature=${randomBody('h', 64, random)}&Version=1`,
        ).toString('base64')}`
      : `ABSK${Buffer.from(`BedrockAPIKey-${randomBody('l', 4, random)}-at-${randomBody('d', 12, random)}:${randomBody('b', 60, random)}`).toString('base64')}`,
  /** `«=pem-json:PRIVATE KEY»`: the same block as it sits in a JSON string (service-account key files): `\n` escapes. */
  'pem-json': (label, random) => GENERATORS.pem(label, random).replace(/\n/g, '\\n'),
};
