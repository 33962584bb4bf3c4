// Cloud providers and hosting platforms.

import type { Detector } from '../types';
import { byContext, prefixed } from './builders';

export const cloudDetectors: readonly Detector[] = [
  prefixed({
    id: 'aws-access-key-id',
    description: 'AWS access key ID',
    family: 'cloud',
    envVar: 'AWS_ACCESS_KEY_ID',
    prefix: 'AKIA|ASIA|ABIA|ACCA',
    body: '[A-Z2-7]{16}',
    keywords: ['akia', 'asia', 'abia', 'acca'],
    examples: {
      positive: ['aws_access_key_id = «AKIA|B|16»', 's3 = boto3.client("s3", aws_access_key_id="«AKIA|B|16»")'],
      negative: ['aws_access_key_id = AKIAIOSFODNN7EXAMPLE', 'region = "ASIA-PACIFIC"', 'x = "AKIA«|B|10»"'],
    },
  }),
  byContext({
    id: 'aws-secret-access-key',
    description: 'AWS secret access key',
    family: 'cloud',
    envVar: 'AWS_SECRET_ACCESS_KEY',
    names: ['aws_secret_access_key', 'aws_secret_key', 'awssecretaccesskey', 'secretaccesskey', 'aws_secret'],
    value: '[A-Za-z0-9/+]{40}',
    minEntropy: 4.0,
    examples: {
      positive: ['aws_secret_access_key = «|b|40»', 'AWS_SECRET_ACCESS_KEY: "«|b|40»"', 'const cfg = { secretAccessKey: "«|b|40»" };'],
      negative: [
        'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        'AWS_SECRET_ACCESS_KEY: "${AWS_SECRET_ACCESS_KEY}"',
        'aws_secret_access_key = «|b|30»',
      ],
    },
  }),
];
