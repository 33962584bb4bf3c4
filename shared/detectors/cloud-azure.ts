// Microsoft Azure: storage, Cosmos DB and Service Bus connection strings, SAS URLs, Entra ID client secrets.
// For connection strings and SAS URLs the `literal` group is the whole string, so the fix moves all of it to one
// variable while the diagnostic points at the key inside.

import type { Detector } from '../types';
import { contextToken } from './vendor-token';

// `;Name=value` settings after the key (EndpointSuffix, EntityPath…); values never contain `;`.
const TRAILING_SETTINGS = `(?:;[A-Za-z]{1,40}=[^;\\s'"\`]{1,200}){0,6};?`;
// One SAS query parameter (`sp=rwdl`, `se=2027-01-01T00:00:00Z`); values are URL-encoded, so no `&` or `=`.
const SAS_PARAM = `[a-z]{2,6}=[^&=\\s'"\`]{1,100}`;
// Parameter separator, also XML-escaped (`&amp;` in .NET config files).
const AMP = '&(?:amp;)?';
// A SAS URL, or a bare SAS query string that does not continue another parameter.
const SAS_START = `(?:https://[A-Za-z0-9.-]{1,200}(?::\\d{1,5})?(?:/[^\\s'"\`?&=]{0,300})?\\?|(?<![A-Za-z0-9&=/._%-]))`;

export const azureDetectors: readonly Detector[] = [
  {
    id: 'azure-storage-connection-string',
    description: 'Azure Storage account key in a connection string',
    family: 'cloud',
    envVar: 'AZURE_STORAGE_CONNECTION_STRING',
    keywords: ['accountkey='],
    pattern: new RegExp(
      `(?<literal>DefaultEndpointsProtocol=https?;AccountName=[A-Za-z0-9]{3,24};AccountKey=(?<secret>[A-Za-z0-9+/]{86}==)${TRAILING_SETTINGS})`,
    ),
    minEntropy: 4.5,
    examples: {
      positive: [
        'AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=prodassets;AccountKey=«|b|86|==»;EndpointSuffix=core.windows.net"',
        'conn = BlobServiceClient.from_connection_string("DefaultEndpointsProtocol=https;AccountName=mlartifacts;AccountKey=«|b|86|==»")',
        '{ "Values": { "AzureWebJobsStorage": "DefaultEndpointsProtocol=https;AccountName=funcstore01;AccountKey=«|b|86|==»;EndpointSuffix=core.windows.net" } }',
      ],
      negative: [
        'AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=devstoreaccount1;AccountKey=${STORAGE_KEY}"',
        'AzureWebJobsStorage=UseDevelopmentStorage=true',
        'AZURE_STORAGE_CONNECTION_STRING="DefaultEndpointsProtocol=https;AccountName=prodassets;AccountKey=«|b|40|==»"',
        'AZURE_STORAGE_CONNECTION_STRING=',
        'conn = "DefaultEndpointsProtocol=https;AccountName=prodassets;AccountKey=<your-account-key>;EndpointSuffix=core.windows.net"',
      ],
    },
  },
  {
    id: 'azure-cosmosdb-connection-string',
    description: 'Azure Cosmos DB account key in a connection string',
    family: 'cloud',
    envVar: 'COSMOS_CONNECTION_STRING',
    keywords: ['accountendpoint='],
    pattern: new RegExp(
      `(?<literal>AccountEndpoint=https://[A-Za-z0-9.-]{1,200}(?::\\d{1,5})?/?;AccountKey=(?<secret>[A-Za-z0-9+/]{86}==)${TRAILING_SETTINGS})`,
    ),
    minEntropy: 4.5,
    examples: {
      positive: [
        'COSMOS_CONNECTION_STRING=AccountEndpoint=https://orders-db.documents.azure.com:443/;AccountKey=«|b|86|==»;',
        'client = CosmosClient.from_connection_string("AccountEndpoint=https://orders-db.documents.azure.com:443/;AccountKey=«|b|86|==»")',
      ],
      negative: [
        'COSMOS_CONNECTION_STRING=AccountEndpoint=https://orders-db.documents.azure.com:443/;AccountKey=${COSMOS_KEY};',
        'COSMOS_CONNECTION_STRING=AccountEndpoint=https://orders-db.documents.azure.com:443/;AccountKey=«|b|20|==»;',
        'COSMOS_CONNECTION_STRING=',
      ],
    },
  },
  {
    id: 'azure-service-bus-connection-string',
    description: 'Azure Service Bus / Event Hubs shared access key in a connection string',
    family: 'cloud',
    envVar: 'SERVICEBUS_CONNECTION_STRING',
    keywords: ['sharedaccesskey='],
    pattern: new RegExp(
      `(?<literal>Endpoint=sb://[A-Za-z0-9.-]{1,200}/?;SharedAccessKeyName=[^;\\s'"\`]{1,100};SharedAccessKey=(?<secret>[A-Za-z0-9+/]{43}=)${TRAILING_SETTINGS})`,
    ),
    minEntropy: 4.0,
    examples: {
      positive: [
        'SERVICEBUS_CONNECTION_STRING="Endpoint=sb://orders.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=«|b|43|=»"',
        'const producer = new EventHubProducerClient("Endpoint=sb://telemetry.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=«|b|43|=»;EntityPath=events");',
      ],
      negative: [
        'SERVICEBUS_CONNECTION_STRING="Endpoint=sb://orders.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=<key>"',
        'SERVICEBUS_CONNECTION_STRING="Endpoint=sb://orders.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=«|b|20|=»"',
      ],
    },
  },
  {
    id: 'azure-sas-token',
    description: 'Azure shared access signature (SAS)',
    family: 'cloud',
    envVar: 'AZURE_STORAGE_SAS_URL',
    keywords: ['sig='],
    // A SAS is a query string with a dated service version (`sv=2022-11-02`) and the HMAC signature `sig=`.
    pattern: new RegExp(
      `(?<literal>${SAS_START}(?:${SAS_PARAM}${AMP}){0,15}sv=\\d{4}-\\d\\d-\\d\\d${AMP}(?:${SAS_PARAM}${AMP}){0,15}sig=(?<secret>[A-Za-z0-9%+/]{40,120}={0,2})(?:${AMP}${SAS_PARAM}){0,10})`,
    ),
    minEntropy: 4.0,
    examples: {
      positive: [
        'BACKUP_URL = "https://prodassets.blob.core.windows.net/uploads?sv=2022-11-02&ss=b&srt=co&sp=rwdlacx&se=2027-06-30T18:00:00Z&st=2025-01-01T10:00:00Z&spr=https&sig=«|a|41|%3D»"',
        'const sas = "sp=r&st=2025-01-01T10:00:00Z&se=2026-01-01T10:00:00Z&spr=https&sv=2022-11-02&sr=b&sig=«|a|43|%3D»";',
        'AZURE_STORAGE_SAS_TOKEN=?sv=2021-06-08&ss=bfqt&srt=sco&sp=rl&se=2030-01-01T00:00:00Z&spr=https&sig=«|b|43|=»',
        '<add key="BlobSasUrl" value="https://prodassets.blob.core.windows.net/uploads?sv=2022-11-02&amp;sp=r&amp;se=2030-01-01T00:00:00Z&amp;sig=«|a|41|%3D»" />',
      ],
      negative: [
        'BACKUP_URL = "https://prodassets.blob.core.windows.net/uploads?sv=2022-11-02&sp=r&sig=${SAS_SIGNATURE}"',
        'url = "https://example.com/callback?state=abc&sig=«|a|12»"',
        'AZURE_STORAGE_SAS_TOKEN=',
        'docs = "https://prodassets.blob.core.windows.net/uploads?sv=2022-11-02&sp=r&sig=<signature>"',
      ],
    },
  },
  {
    id: 'azure-ad-client-secret',
    description: 'Microsoft Entra ID (Azure AD) client secret',
    family: 'cloud',
    envVar: 'AZURE_CLIENT_SECRET',
    keywords: ['q~'],
    // Current secrets: 3 characters, a digit, the `Q~` marker, then 31-34 characters.
    pattern: /(?<![A-Za-z0-9_~.+/-])(?<secret>[A-Za-z0-9_~.-]{3}\dQ~[A-Za-z0-9_~.-]{31,34})(?![A-Za-z0-9_~.+/-])/,
    minEntropy: 3.5,
    examples: {
      positive: [
        'AZURE_CLIENT_SECRET=«|a|3|7Q~»«|a|34»',
        'credential = ClientSecretCredential(tenant_id, client_id, "«|a|3|2Q~»«|a|8|.»«|a|25»")',
        '{ "ClientSecret": "«|a|3|8Q~»«|a|34»" }',
      ],
      negative: ['AZURE_CLIENT_SECRET=', 'AZURE_CLIENT_SECRET=${AZURE_CLIENT_SECRET}', 'note = "«|a|3|7Q~»«|a|12»"', 'value = "«|a|3|7Q-»«|a|34»"'],
    },
  },
  contextToken({
    id: 'azure-client-secret',
    description: 'Azure client secret',
    family: 'cloud',
    envVar: 'AZURE_CLIENT_SECRET',
    // Older secrets have no marker: only the variable name tells.
    names: ['azure_client_secret', 'azureclientsecret', 'arm_client_secret', 'azure_secret', 'aad_client_secret'],
    value: '[A-Za-z0-9_~.+/=:@?*\\[\\]-]{32,44}',
    minEntropy: 3.8,
    // The marked format is reported by azure-ad-client-secret.
    validate: (value) => !/^.{3}\dQ~/.test(value),
    sample: '«|b|44»',
    nearMisses: ['«|b|20»'],
    extraPositive: ['provider "azurerm" {\n  features {}\n  client_secret = var.x\n}\narm_client_secret = "«|a|32»"'],
  }),
  contextToken({
    id: 'azure-storage-account-key',
    description: 'Azure Storage account key',
    family: 'cloud',
    envVar: 'AZURE_STORAGE_KEY',
    // Not a bare `AccountKey`: inside connection strings the connection-string rules report it with the whole string.
    names: ['azure_storage_key', 'azure_storage_account_key', 'azure_storage_access_key', 'storage_account_key'],
    keywords: ['storage_key', 'storage_account_key', 'storage_access_key'],
    value: '[A-Za-z0-9+/]{86}==',
    minEntropy: 4.5,
    sample: '«|b|86|==»',
    nearMisses: ['«|b|40|==»'],
  }),
  contextToken({
    id: 'azure-devops-pat',
    description: 'Azure DevOps personal access token',
    family: 'cloud',
    envVar: 'AZURE_DEVOPS_PAT',
    names: ['azure_devops_pat', 'azure_devops_token', 'azure_devops_ext_pat', 'ado_pat', 'ado_token', 'vsts_pat', 'system_accesstoken'],
    keywords: ['devops', 'ado_', 'vsts', 'system_accesstoken'],
    // Classic PATs are 52 base32 characters; current ones are 84 alphanumerics.
    value: '(?:[a-z2-7]{52}|[A-Za-z0-9]{84})',
    minEntropy: 3.5,
    sample: '«|z|52»',
    nearMisses: ['«|z|30»'],
    extraPositive: ['AZURE_DEVOPS_EXT_PAT=«|a|84»'],
  }),
];
