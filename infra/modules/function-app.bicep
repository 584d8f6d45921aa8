// The API and the background jobs: a Linux function app on the Flex Consumption plan (.NET isolated,
// runtime 10.0), deployed from a blob container, running as the user-assigned identity. Every setting is
// identity-based: no connection string or key is stored anywhere.
metadata description = 'Flex Consumption plan and function app with identity-based settings.'

@description('Name of the function app.')
param name string

@description('Name of the Flex Consumption plan.')
param planName string

@description('Azure region (must offer Flex Consumption).')
param location string

@description('Tags for the plan and the app; the app also gets azd-service-name.')
param tags object = {}

@description('azd service name of the app in azure.yaml.')
param serviceName string = 'api'

@description('Resource id of the user-assigned identity the app runs as.')
param identityResourceId string

@description('Client id of the user-assigned identity.')
param identityClientId string

@description('Name of the storage account for the host, the tables and the queue.')
param storageAccountName string

@description('Blob endpoint of the storage account (ends with a slash).')
param blobEndpoint string

@description('Queue endpoint of the storage account (ends with a slash).')
param queueEndpoint string

@description('Table endpoint of the storage account (ends with a slash).')
param tableEndpoint string

@description('Blob container Flex Consumption deploys the app package from.')
param deploymentContainerName string

@description('Name of the Application Insights component.')
param applicationInsightsName string

@description('The one origin allowed to call the API from a browser: where the add-in is served from.')
param addinOrigin string

@description('Microsoft Graph base URL.')
param graphBaseUrl string

@description('Entra tenant of the app registration and of the sales reps.')
param tenantId string

@description('Client id of the Entra app registration (Graph app-only access and the API\'s token audience). Empty until the postprovision hook has created it.')
param graphClientId string

@description('Name of the queue the sweep fans out on.')
param sweepQueueName string

@description('Six-field CRON (UTC) of the sweep timer.')
param sweepSchedule string

@description('Six-field CRON (UTC) of the replies timer.')
param repliesSchedule string

@description('Key that signs the links in callback events that record a call\'s outcome (base64 of 32 random bytes). Empty: events carry no such link.')
@secure()
param outcomeLinkKey string

@description('Instances kept warm for HTTP requests (0 = scale to zero).')
@minValue(0)
@maxValue(20)
param alwaysReadyInstanceCount int

@description('Upper bound of instances the plan scales out to.')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int

@description('Memory of each instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource functionApp 'Microsoft.Web/sites@2024-04-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': serviceName })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityResourceId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    publicNetworkAccess: 'Enabled'
    siteConfig: {
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
      http20Enabled: true
      cors: {
        allowedOrigins: [
          addinOrigin
        ]
        supportCredentials: false
      }
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${blobEndpoint}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityResourceId
          }
        }
      }
      scaleAndConcurrency: {
        alwaysReady: alwaysReadyInstanceCount > 0
          ? [
              {
                name: 'http'
                instanceCount: alwaysReadyInstanceCount
              }
            ]
          : []
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }

  // Configuration names of DESIGN.md section 8 in their identity-based form. The hosts read the same
  // names locally (where Storage__ConnectionString points at Azurite instead).
  resource appSettings 'config' = {
    name: 'appsettings'
    properties: {
      // Functions host storage (leases, timer schedules): the account name plus the managed identity.
      AzureWebJobsStorage__accountName: storageAccountName
      AzureWebJobsStorage__credential: 'managedidentity'
      AzureWebJobsStorage__clientId: identityClientId

      // Telemetry: the connection string only names the endpoint; ingestion needs an Entra token.
      APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsights.properties.ConnectionString
      APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'

      // Azure.Identity's DefaultAzureCredential picks the user-assigned identity with this.
      AZURE_CLIENT_ID: identityClientId

      // The product's tables and sweep queue (identity-based replacement of Storage__ConnectionString).
      Storage__TableServiceUri: tableEndpoint
      Storage__QueueServiceUri: queueEndpoint
      Storage__Credential: 'managedidentity'
      Storage__ClientId: identityClientId
      Queues__Sweep: sweepQueueName

      // Microsoft Graph, app-only: the identity's token is the federated credential of the app registration.
      Graph__BaseUrl: graphBaseUrl
      Graph__TenantId: tenantId
      Graph__ClientId: graphClientId
      Graph__ManagedIdentityClientId: identityClientId

      // Timers, UTC, six fields.
      Schedules__Sweep: sweepSchedule
      Schedules__Replies: repliesSchedule

      // Tokens the add-in sends to the API (NAA, scope api://<client id>/access_as_user, v2 tokens).
      Api__Audience: empty(graphClientId) ? '' : 'api://${graphClientId}'
      Api__ClientId: graphClientId
      Api__TenantId: tenantId
      Api__Instance: environment().authentication.loginEndpoint

      // Callback events link back to this app to record a call's outcome; the link's signature is the credential.
      Api__PublicBaseUrl: 'https://${functionApp.properties.defaultHostName}'
      Api__OutcomeLinkKey: outcomeLinkKey
    }
  }

  // Deployments go through Microsoft Entra (azd, az); no FTP or SCM user names and passwords.
  resource ftpPublishing 'basicPublishingCredentialsPolicies' = {
    name: 'ftp'
    properties: {
      allow: false
    }
  }

  resource scmPublishing 'basicPublishingCredentialsPolicies' = {
    name: 'scm'
    properties: {
      allow: false
    }
  }
}

@description('Name of the function app.')
output name string = functionApp.name

@description('HTTPS base address of the function app.')
output uri string = 'https://${functionApp.properties.defaultHostName}'
