// Does a value look generated (a credential) or written by a person (an identifier, a phrase)? Used by the
// detectors that have nothing but context to go on, so prose and identifiers stay quiet.

import { shannonEntropy } from './entropy';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// URLs and paths, version numbers, single words, constants, hex colours, calls such as `ENC(…)` or `vault(…)`,
// AWS resource names (`arn:aws:kms:…:key/…` names a key, it is not one), dates and timestamps, and plain numbers
// (sequence numbers, ids: a generated hex key of 20+ characters is never all digits).
const NOT_A_SECRET_SHAPE =
  /^(?:https?:\/\/|\.{0,2}\/|[A-Za-z]:\\)|^\d+(?:\.\d+)+$|^[a-z]+$|^[A-Z_]+$|^#[0-9a-f]{3,8}$|^[A-Za-z_][\w.]{0,40}\(|^arn:aws[\w-]{0,20}:[a-z0-9-]{1,40}:|^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$|^\d+$/i;

// Regular expressions (`aws[-_]?session[-_]?token`, `^sk-\w+`): character classes with a quantifier, escapes
// such as \d or \w, and groups like (?: are how patterns are written, not how keys look.
const REGEX_SOURCE = /\[[^\]]{1,12}\][?*+{]|\\[dwsbDWS]|\(\?[:=!<]/;

// `emails/passwordResetConfirmationInstructions`, `config/prod.yaml`: paths made of words, no digits.
const RELATIVE_PATH_OF_WORDS = /^[A-Za-z][A-Za-z_.-]{0,80}(?:\/[A-Za-z][A-Za-z_.-]{0,80}){1,10}$/;

// Words that make up identifiers, config values and phrases. A value mostly made of them was typed by a person.
const WORDS = new Set(
  `able access account action active admin after again agent alpha also always android angular answer
  any api app application apply array auth author auto back backend base basic bearer before beta bind
  black blue body book bool boolean bot box branch bucket buffer build bundle button cache call callback
  case change channel chat check child class clean clear cli client close cloud cluster code color
  column command commit common config connect connection console content context control cookie copy
  core count create credential credentials cursor custom dark data database date debug default delete
  demo deploy description dev develop device dictionary direct disable display doc docs document domain
  done down draft drive drop dummy east edit element email empty enable end endpoint engine entry env
  environment error event example exit export extension external false fast feature fetch field file
  filter final first flag flow folder font form format frame free from front full function gateway
  general get git github global good google graph green group guest handle handler hash header hello
  help hidden high home host hook http https image import index info init inner input insert instance
  internal item java job json just key keys label lambda large last layer layout left level library
  light limit line link list live load local lock log login logout long lookup main manager map master
  match max media memory menu message meta method middle min mobile mock mode model module monitor
  more name native network never new next node none normal north not note null number object off old
  only open option order origin other output owner package page panel param params parent parse pass
  passphrase password path pattern payload pending person phone pipeline plain platform plugin point
  policy pool port post power prefix preview primary print private process prod product production
  profile project provider proxy public publish pull push python query queue quick random react read
  ready record redis refresh region release remote remove render replace request required reset
  resource response rest result return right role root route row rule run runtime safe sample save
  scope screen script search second secret section secure security select self send server service
  session set setting settings setup shared short show sign signal simple site size slack small socket
  some source south special stable stage staging start state static status step storage store stream
  string strong style submit success super support switch sync system table tag target task team temp
  template tenant test text theme this thread time timeout title token tool top total trace track
  trade true trust type update upload url user username users value version view wait web webhook west
  white window with word work worker write wrong yellow your`.split(/\s+/),
);

/** Fraction of the value's characters covered by dictionary words of 3+ letters (greedy longest match). */
function dictionaryCoverage(value: string): number {
  const lower = value.toLowerCase();
  let covered = 0;
  for (let i = 0; i < lower.length; ) {
    let matched = 0;
    for (let length = Math.min(14, lower.length - i); length >= 3; length--) {
      if (WORDS.has(lower.slice(i, i + length))) {
        matched = length;
        break;
      }
    }
    covered += matched;
    i += matched || 1;
  }
  return value.length === 0 ? 0 : covered / value.length;
}

/** Charset-aware randomness check: entropy thresholds per alphabet, variety of classes, no dictionary phrases. */
export function looksRandom(value: string): boolean {
  if (UUID.test(value) || NOT_A_SECRET_SHAPE.test(value) || RELATIVE_PATH_OF_WORDS.test(value) || REGEX_SOURCE.test(value)) {
    return false;
  }
  if (dictionaryCoverage(value) >= 0.6) return false;
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((c) => c.test(value)).length;
  const entropy = shannonEntropy(value);
  // Hex carries at most 4 bits a character, so it needs a lower bar than mixed alphabets.
  if (/^[0-9a-f]+$/i.test(value)) return value.length >= 20 && entropy >= 3.0;
  if (value.length >= 20) return classes >= 2 && entropy >= 3.5;
  return classes >= 3 && entropy >= 2.8;
}
