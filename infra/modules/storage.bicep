// One storage account for the product's tables and queue and for the Functions host (leases, timers,
// deployment package). Shared keys are off: every caller signs in with Microsoft Entra ID.
metadata description = 'Storage account (tables, sweep queue, Functions host, deployment container).'

@description('Name of the storage account (3-24 lower-case letters and digits).')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region.')
param location string

@description('Tags for the account.')
param tags object = {}

@description('Blob container Flex Consumption deploys the app package from.')
param deploymentContainerName string

@description('Queue the sweep puts one message per mailbox with due work on (Queues__Sweep).')
param sweepQueueName string

@description('Redundancy of the account.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param skuName string = 'Standard_LRS'

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: skuName
  }
  properties: {
    accessTier: 'Hot'
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    dnsEndpointType: 'Standard'
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Allow'
    }
  }

  resource blobServices 'blobServices' = {
    name: 'default'

    resource deploymentContainer 'containers' = {
      name: deploymentContainerName
      properties: {
        publicAccess: 'None'
      }
    }
  }

  resource queueServices 'queueServices' = {
    name: 'default'

    resource sweepQueue 'queues' = {
      name: sweepQueueName
    }
  }

  resource tableServices 'tableServices' = {
    name: 'default'
  }
}

@description('Resource id of the account.')
output resourceId string = storage.id

@description('Name of the account.')
output name string = storage.name

@description('Blob endpoint, e.g. https://<name>.blob.core.windows.net/.')
output blobEndpoint string = storage.properties.primaryEndpoints.blob

@description('Queue endpoint, e.g. https://<name>.queue.core.windows.net/.')
output queueEndpoint string = storage.properties.primaryEndpoints.queue

@description('Table endpoint, e.g. https://<name>.table.core.windows.net/.')
output tableEndpoint string = storage.properties.primaryEndpoints.table
