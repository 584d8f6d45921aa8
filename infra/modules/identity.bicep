// The one identity the product runs as: the Functions host and the app's code reach storage and
// Application Insights with it, and it is the federated credential that signs the app in to Microsoft Graph.
metadata description = 'User-assigned managed identity of the function app.'

@description('Name of the user-assigned managed identity.')
param name string

@description('Azure region.')
param location string

@description('Tags for the identity.')
param tags object = {}

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

@description('Resource id of the identity.')
output resourceId string = identity.id

@description('Name of the identity.')
output name string = identity.name

@description('Client (application) id of the identity.')
output clientId string = identity.properties.clientId

@description('Principal (object) id of the identity; the subject of the Graph federated credential.')
output principalId string = identity.properties.principalId
