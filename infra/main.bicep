// Outlook Follow-Up in one resource group: the API + jobs (Flex Consumption function app), its storage,
// its identity, monitoring and the add-in's static files. `azd up` deploys this; see infra/README.md.
targetScope = 'subscription'

metadata description = 'Outlook Follow-Up: function app, storage, identity, monitoring and add-in hosting.'

@minLength(1)
@maxLength(64)
@description('Name of the azd environment; part of every resource name and the azd-env-name tag.')
param environmentName string

@minLength(1)
@description('Region of the resource group and everything but the static web app. Must offer Flex Consumption (az functionapp list-flexconsumption-locations).')
@metadata({
  azd: {
    type: 'location'
  }
})
param location string

@description('Region of the add-in\'s static web app (a management-plane region; the files are served globally).')
@allowed([
  'centralus'
  'eastasia'
  'eastus2'
  'westeurope'
  'westus2'
])
param addinLocation string = 'westeurope'

@description('Origin the add-in is served from when it has a custom domain, e.g. https://followup.contoso.com. Empty: the static web app\'s own https://<name>.azurestaticapps.net. Never *.')
param addinOrigin string = ''

@description('Client id of the Entra app registration. Empty on the first provision; the postprovision hook creates the registration and stores its id in the azd environment (GRAPH_CLIENT_ID).')
param graphClientId string = ''

@description('Instances kept warm for the add-in\'s HTTP calls (0 = scale to zero, with a cold start on the first call).')
@minValue(0)
@maxValue(20)
param alwaysReadyInstanceCount int = 1

@description('Upper bound of function app instances (queue-triggered mailbox workers scale out up to this).')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 100

@description('Memory of each function app instance in MB.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Microsoft Graph base URL (another value only in a national cloud). Not environment().graph: that is the retired Azure AD Graph.')
param graphBaseUrl string = 'https://graph.microsoft.com/v1.0'

@description('Six-field CRON (UTC) of the sweep that hands out due work per mailbox.')
param sweepSchedule string = '0 */5 * * * *'

@description('Six-field CRON (UTC) of the job that looks for prospects\' replies (offset from the sweep).')
param repliesSchedule string = '0 2/30 * * * *'

@description('Key that signs the callback-outcome links in callback events: base64 of 32 random bytes. The preprovision hook generates it once per environment (OUTCOME_LINK_KEY); empty: events carry no link.')
@secure()
param outcomeLinkKey string = ''

@description('Redundancy of the storage account.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param storageSkuName string = 'Standard_LRS'

@description('Name of the resource group; empty: rg-<environmentName>.')
param resourceGroupName string = ''

var abbrs = loadJsonContent('abbreviations.json')
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = {
  'azd-env-name': environmentName
}
var functionAppName = '${abbrs.webSitesFunctions}api-${resourceToken}'
var deploymentContainerName = 'app-package-${take(functionAppName, 32)}-${take(resourceToken, 7)}'
var sweepQueueName = 'mailbox-work'

resource rg 'Microsoft.Resources/resourceGroups@2024-03-01' = {
  name: !empty(resourceGroupName) ? resourceGroupName : '${abbrs.resourcesResourceGroups}${environmentName}'
  location: location
  tags: tags
}

module identity 'modules/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    name: '${abbrs.managedIdentityUserAssignedIdentities}api-${resourceToken}'
    location: location
    tags: tags
  }
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: '${abbrs.storageStorageAccounts}${resourceToken}'
    location: location
    tags: tags
    skuName: storageSkuName
    deploymentContainerName: deploymentContainerName
    sweepQueueName: sweepQueueName
  }
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    logAnalyticsName: '${abbrs.operationalInsightsWorkspaces}${resourceToken}'
    applicationInsightsName: '${abbrs.insightsComponents}${resourceToken}'
    location: location
    tags: tags
  }
}

module addin 'modules/static-web-app.bicep' = {
  name: 'addin'
  scope: rg
  params: {
    name: '${abbrs.webStaticSites}addin-${resourceToken}'
    location: addinLocation
    tags: tags
    serviceName: 'addin'
  }
}

var effectiveAddinOrigin = !empty(addinOrigin) ? addinOrigin : 'https://${addin.outputs.defaultHostname}'

module roleAssignments 'modules/role-assignments.bicep' = {
  name: 'role-assignments'
  scope: rg
  params: {
    principalId: identity.outputs.principalId
    storageAccountName: storage.outputs.name
    applicationInsightsName: monitoring.outputs.applicationInsightsName
  }
}

module api 'modules/function-app.bicep' = {
  name: 'api'
  scope: rg
  params: {
    name: functionAppName
    planName: '${abbrs.webServerFarms}${resourceToken}'
    location: location
    tags: tags
    serviceName: 'api'
    identityResourceId: identity.outputs.resourceId
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    blobEndpoint: storage.outputs.blobEndpoint
    queueEndpoint: storage.outputs.queueEndpoint
    tableEndpoint: storage.outputs.tableEndpoint
    deploymentContainerName: deploymentContainerName
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    addinOrigin: effectiveAddinOrigin
    graphBaseUrl: graphBaseUrl
    tenantId: tenant().tenantId
    graphClientId: graphClientId
    sweepQueueName: sweepQueueName
    sweepSchedule: sweepSchedule
    repliesSchedule: repliesSchedule
    outcomeLinkKey: outcomeLinkKey
    alwaysReadyInstanceCount: alwaysReadyInstanceCount
    maximumInstanceCount: maximumInstanceCount
    instanceMemoryMB: instanceMemoryMB
  }
  // The host must be able to read its deployment container and storage the moment it starts.
  dependsOn: [
    roleAssignments
  ]
}

// Read by azd (service lookup) and by the postprovision hook (infra/scripts/postprovision.sh).
output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_APP_NAME string = api.outputs.name
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output AZURE_USER_ASSIGNED_IDENTITY_CLIENT_ID string = identity.outputs.clientId
output AZURE_USER_ASSIGNED_IDENTITY_PRINCIPAL_ID string = identity.outputs.principalId
output APPLICATIONINSIGHTS_NAME string = monitoring.outputs.applicationInsightsName
output SERVICE_API_NAME string = api.outputs.name
output SERVICE_API_URI string = api.outputs.uri
output API_BASE_URL string = '${api.outputs.uri}/api'
output SERVICE_ADDIN_NAME string = addin.outputs.name
output ADDIN_ORIGIN string = effectiveAddinOrigin
output ADDIN_HOSTNAME string = replace(effectiveAddinOrigin, 'https://', '')
