// Hosting for the add-in's static files (task pane HTML, script, icons) over HTTPS. azd uploads
// addin/dist here. Free tier: the files are public by nature (Outlook loads them anonymously).
metadata description = 'Azure Static Web App serving the add-in.'

@description('Name of the static web app.')
param name string

@description('Region of the static web app\'s management plane (content is served globally).')
@allowed([
  'centralus'
  'eastasia'
  'eastus2'
  'westeurope'
  'westus2'
])
param location string

@description('Tags for the app; it also gets azd-service-name.')
param tags object = {}

@description('azd service name of the add-in in azure.yaml.')
param serviceName string = 'addin'

resource staticWebApp 'Microsoft.Web/staticSites@2024-04-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': serviceName })
  sku: {
    name: 'Free'
    tier: 'Free'
  }
  properties: {
    provider: 'Custom'
    allowConfigFileUpdates: true
    stagingEnvironmentPolicy: 'Disabled'
  }
}

@description('Name of the static web app.')
output name string = staticWebApp.name

@description('Default host name, e.g. <words>-<hash>.<n>.azurestaticapps.net.')
output defaultHostname string = staticWebApp.properties.defaultHostname
