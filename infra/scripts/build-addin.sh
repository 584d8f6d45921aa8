#!/bin/sh
# azd prepackage hook of the addin service (runs in ./addin): a production build of the task pane for this
# environment. The pane signs in with nested app authentication (NAA) as the add-in app registration and calls the
# API's access_as_user scope; both client ids come from the postprovision hook (azd env get-values).
set -eu
for v in AZURE_TENANT_ID SERVICE_API_URI GRAPH_CLIENT_ID ADDIN_CLIENT_ID; do
  eval "[ -n \"\${$v:-}\" ]" || { echo "[build-addin] $v is not set: run 'azd provision' first (its postprovision hook sets the client ids)." >&2; exit 1; }
done
export VITE_AUTH=naa
export VITE_CLIENT_ID="$ADDIN_CLIENT_ID"
export VITE_API_CLIENT_ID="$GRAPH_CLIENT_ID"
export VITE_API_BASE_URL="$SERVICE_API_URI"
export VITE_AUTHORITY="https://login.microsoftonline.com/$AZURE_TENANT_ID"
export VITE_OFFICE_JS_URL="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"
npm ci --no-audit --no-fund
npm run build
