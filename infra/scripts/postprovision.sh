#!/bin/sh
# azd postprovision hook: the Entra side of the deployment, which Bicep cannot do offline
# (the Microsoft Graph Bicep extension is a registry download). Idempotent: run it as often as you like.
#
#   1. app registration "Outlook Follow-Up API (<env>)": exposes the scope api://<id>/access_as_user (v2 tokens)
#      and the FollowUp.Admin and FollowUp.Manager app roles; pre-authorizes the add-in for the scope;
#   2. app registration "Outlook Follow-Up add-in (<env>)": a single-page app with the redirect URIs of nested
#      app authentication (NAA), brk-multihub://<add-in host>, and https://<add-in host>/taskpane.html and
#      /insights.html (the managers' page signs in with a popup in a plain browser tab), and
#      admin consent for sign-in (openid profile offline_access), so no rep sees a consent prompt;
#   3. on the API registration, a federated identity credential trusting the function app's user-assigned managed identity
#      (no client secret, no certificate);
#   4. the Microsoft Graph application permissions of infra/graph-app-permissions.txt (Mail.ReadWrite,
#      Calendars.ReadWrite, MailboxSettings.Read):
#        GRAPH_MAILBOX_ACCESS=exchange-rbac (default): NOT granted in Entra (an Entra grant is tenant-wide);
#          any existing grant is removed. Scope them to the sales team with infra/scripts/Grant-MailboxAccess.ps1.
#        GRAPH_MAILBOX_ACCESS=tenant: granted tenant-wide in Entra (every mailbox; test tenants only).
#   5. Graph__ClientId, Api__ClientId and Api__Audience on the function app, and GRAPH_CLIENT_ID and
#      ADDIN_CLIENT_ID in the azd environment (so later `azd provision` runs and the add-in build see them).
#
# Needs: Azure CLI signed in (`az login --tenant <tenant>`) as Cloud Application Administrator or
# Application Administrator; with GRAPH_MAILBOX_ACCESS=tenant, Privileged Role Administrator.
# Reads from the azd environment: AZURE_ENV_NAME, AZURE_TENANT_ID, AZURE_RESOURCE_GROUP,
# AZURE_FUNCTION_APP_NAME, AZURE_USER_ASSIGNED_IDENTITY_PRINCIPAL_ID, ADDIN_HOSTNAME, GRAPH_CLIENT_ID, ADDIN_CLIENT_ID.
set -eu

GRAPH_API=https://graph.microsoft.com/v1.0
MS_GRAPH_APP_ID=00000003-0000-0000-c000-000000000000
FIC_NAME=function-app-managed-identity
SCOPE_VALUE=access_as_user
ADMIN_ROLE_VALUE=FollowUp.Admin
MANAGER_ROLE_VALUE=FollowUp.Manager
# The one list of what the app needs; the Graph sandbox's token carries the same roles, so a missing one fails locally.
MAILBOX_ROLES=$(grep -v '^#' "$(dirname "$0")/../graph-app-permissions.txt" | tr -s ' \n' ' ')
SIGN_IN_SCOPES="openid profile offline_access"

say() { printf '[postprovision] %s\n' "$*"; }
fail() { printf '[postprovision] ERROR: %s\n' "$*" >&2; exit 1; }
need() { eval "[ -n \"\${$1:-}\" ]" || fail "$1 is not set; run this through 'azd provision' (or 'azd env get-values')."; }
# Entra replicates new objects for a few seconds; a call that names one may need a second try.
retry() {
  n=0
  until "$@"; do
    n=$((n + 1))
    [ "$n" -lt 6 ] || return 1
    say "  (waiting for Entra replication, attempt $n of 5)"
    sleep 10
  done
}
new_uuid() { cat /proc/sys/kernel/random/uuid 2>/dev/null || uuidgen | tr '[:upper:]' '[:lower:]'; }

for v in AZURE_ENV_NAME AZURE_TENANT_ID AZURE_RESOURCE_GROUP AZURE_FUNCTION_APP_NAME \
  AZURE_USER_ASSIGNED_IDENTITY_PRINCIPAL_ID ADDIN_HOSTNAME; do
  need "$v"
done
access_mode=${GRAPH_MAILBOX_ACCESS:-exchange-rbac}
case "$access_mode" in exchange-rbac|tenant) ;; *) fail "GRAPH_MAILBOX_ACCESS must be exchange-rbac or tenant, not '$access_mode'." ;; esac

command -v az >/dev/null 2>&1 || fail "Azure CLI (az) is required: https://aka.ms/azure-cli"
signed_in_tenant=$(az account show --query tenantId -o tsv 2>/dev/null || true)
[ "$signed_in_tenant" = "$AZURE_TENANT_ID" ] ||
  fail "Azure CLI is signed in to tenant '${signed_in_tenant:-none}', the deployment is in '$AZURE_TENANT_ID'. Run: az login --tenant $AZURE_TENANT_ID"

api_name="Outlook Follow-Up API ($AZURE_ENV_NAME)"
addin_name="Outlook Follow-Up add-in ($AZURE_ENV_NAME)"

# Finds an app registration by a known client id, else by display name, else creates it; prints the client id.
ensure_app() { # <known client id or empty> <display name>
  found=""
  [ -z "$1" ] || found=$(az ad app show --id "$1" --query appId -o tsv 2>/dev/null || true)
  [ -n "$found" ] || found=$(az ad app list --display-name "$2" --query '[0].appId' -o tsv)
  if [ -z "$found" ]; then
    say "Creating app registration '$2'" >&2
    found=$(az ad app create --display-name "$2" --sign-in-audience AzureADMyOrg --query appId -o tsv)
  fi
  printf '%s\n' "$found"
}
ensure_sp() { # <client id>; prints the service principal's object id
  found=$(az ad sp show --id "$1" --query id -o tsv 2>/dev/null || true)
  [ -n "$found" ] || found=$(retry az ad sp create --id "$1" --query id -o tsv)
  printf '%s\n' "$found"
}
patch_app() { # <client id> <json file>
  retry az rest --method PATCH --uri "$GRAPH_API/applications/$(az ad app show --id "$1" --query id -o tsv)" \
    --headers 'Content-Type=application/json' --body "@$2" --output none
}

# 1. Two registrations: the API (confidential: federated credential, Graph permissions, the access_as_user scope,
#    the admin role) and the add-in (public SPA client for NAA, pre-authorized for access_as_user).
app_id=$(ensure_app "${GRAPH_CLIENT_ID:-}" "$api_name")
addin_app_id=$(ensure_app "${ADDIN_CLIENT_ID:-}" "$addin_name")
say "API app registration: $app_id; add-in app registration: $addin_app_id"

# Keep the ids of the scope and the role once created: Entra refuses to replace an enabled scope or role.
scope_id=$(az ad app show --id "$app_id" --query "api.oauth2PermissionScopes[?value=='$SCOPE_VALUE'].id | [0]" -o tsv)
[ -n "$scope_id" ] || scope_id=$(new_uuid)
role_id=$(az ad app show --id "$app_id" --query "appRoles[?value=='$ADMIN_ROLE_VALUE'].id | [0]" -o tsv)
[ -n "$role_id" ] || role_id=$(new_uuid)
manager_role_id=$(az ad app show --id "$app_id" --query "appRoles[?value=='$MANAGER_ROLE_VALUE'].id | [0]" -o tsv)
[ -n "$manager_role_id" ] || manager_role_id=$(new_uuid)

body=$(mktemp)
fic_body=$(mktemp)
trap 'rm -f "$body" "$fic_body"' EXIT

say "API: exposing api://$app_id/$SCOPE_VALUE and the $ADMIN_ROLE_VALUE and $MANAGER_ROLE_VALUE roles"
cat >"$body" <<JSON
{
  "identifierUris": ["api://$app_id"],
  "api": {
    "requestedAccessTokenVersion": 2,
    "oauth2PermissionScopes": [{
      "id": "$scope_id",
      "value": "$SCOPE_VALUE",
      "type": "User",
      "isEnabled": true,
      "adminConsentDisplayName": "Use Outlook Follow-Up as the signed-in user",
      "adminConsentDescription": "Lets the Outlook Follow-Up add-in call its API as the signed-in sales rep.",
      "userConsentDisplayName": "Use Outlook Follow-Up as you",
      "userConsentDescription": "Lets the Outlook Follow-Up add-in call its API as you."
    }]
  },
  "appRoles": [{
    "id": "$role_id",
    "value": "$ADMIN_ROLE_VALUE",
    "allowedMemberTypes": ["User"],
    "displayName": "Outlook Follow-Up administrator",
    "description": "Edits the reason catalog, templates and content library.",
    "isEnabled": true
  }, {
    "id": "$manager_role_id",
    "value": "$MANAGER_ROLE_VALUE",
    "allowedMemberTypes": ["User"],
    "displayName": "Outlook Follow-Up manager",
    "description": "Reads the team's insights: where the no's happen and which ones come back.",
    "isEnabled": true
  }]
}
JSON
patch_app "$app_id" "$body"
# A pre-authorization may name only a scope that already exists: a second update.
cat >"$body" <<JSON
{
  "api": {
    "preAuthorizedApplications": [{ "appId": "$addin_app_id", "delegatedPermissionIds": ["$scope_id"] }]
  }
}
JSON
patch_app "$app_id" "$body"

# 2. Add-in: NAA redirect URI brk-multihub://<host>, the page itself as fallback, and the API scope it asks for
#    (pre-authorized above, so reps never see a consent prompt for it).
say "Add-in: SPA redirect URIs brk-multihub://$ADDIN_HOSTNAME, https://$ADDIN_HOSTNAME/taskpane.html and /insights.html"
cat >"$body" <<JSON
{
  "spa": { "redirectUris": ["brk-multihub://$ADDIN_HOSTNAME", "https://$ADDIN_HOSTNAME/taskpane.html", "https://$ADDIN_HOSTNAME/insights.html"] },
  "requiredResourceAccess": [{
    "resourceAppId": "$app_id",
    "resourceAccess": [{ "id": "$scope_id", "type": "Scope" }]
  }]
}
JSON
patch_app "$addin_app_id" "$body"
sp_id=$(ensure_sp "$app_id")
addin_sp_id=$(ensure_sp "$addin_app_id")
graph_sp_id=$(az ad sp show --id "$MS_GRAPH_APP_ID" --query id -o tsv)
grant_id=$(az rest --method GET \
  --uri "$GRAPH_API/oauth2PermissionGrants?\$filter=clientId eq '$addin_sp_id' and resourceId eq '$graph_sp_id' and consentType eq 'AllPrincipals'" \
  --query 'value[0].id' -o tsv)
if [ -z "$grant_id" ]; then
  say "Add-in: admin consent for sign-in ($SIGN_IN_SCOPES)"
  retry az rest --method POST --uri "$GRAPH_API/oauth2PermissionGrants" --headers 'Content-Type=application/json' \
    --body "{\"clientId\":\"$addin_sp_id\",\"consentType\":\"AllPrincipals\",\"resourceId\":\"$graph_sp_id\",\"scope\":\"$SIGN_IN_SCOPES\"}" \
    --output none
fi

# 3. Federated identity credential: the managed identity's token is the app's client assertion.
cat >"$fic_body" <<JSON
{
  "name": "$FIC_NAME",
  "issuer": "https://login.microsoftonline.com/$AZURE_TENANT_ID/v2.0",
  "subject": "$AZURE_USER_ASSIGNED_IDENTITY_PRINCIPAL_ID",
  "audiences": ["api://AzureADTokenExchange"],
  "description": "The Outlook Follow-Up function app's user-assigned managed identity"
}
JSON
fic_subject=$(az ad app federated-credential list --id "$app_id" --query "[?name=='$FIC_NAME'].subject | [0]" -o tsv)
if [ -z "$fic_subject" ]; then
  say "Adding federated credential for managed identity $AZURE_USER_ASSIGNED_IDENTITY_PRINCIPAL_ID"
  retry az ad app federated-credential create --id "$app_id" --parameters "@$fic_body" --output none
elif [ "$fic_subject" != "$AZURE_USER_ASSIGNED_IDENTITY_PRINCIPAL_ID" ]; then
  say "Pointing the federated credential at the new managed identity $AZURE_USER_ASSIGNED_IDENTITY_PRINCIPAL_ID"
  az ad app federated-credential update --id "$app_id" --federated-credential-id "$FIC_NAME" \
    --parameters "@$fic_body" --output none
fi

# 4. Microsoft Graph application permissions.
for role in $MAILBOX_ROLES; do
  graph_role_id=$(az ad sp show --id "$MS_GRAPH_APP_ID" --query "appRoles[?value=='$role'].id | [0]" -o tsv)
  assignment_id=$(az rest --method GET --uri "$GRAPH_API/servicePrincipals/$sp_id/appRoleAssignments" \
    --query "value[?appRoleId=='$graph_role_id' && resourceId=='$graph_sp_id'].id | [0]" -o tsv)
  if [ "$access_mode" = tenant ] && [ -z "$assignment_id" ]; then
    say "Granting Microsoft Graph $role to every mailbox in the tenant (GRAPH_MAILBOX_ACCESS=tenant)"
    retry az rest --method POST --uri "$GRAPH_API/servicePrincipals/$sp_id/appRoleAssignments" \
      --headers 'Content-Type=application/json' \
      --body "{\"principalId\":\"$sp_id\",\"resourceId\":\"$graph_sp_id\",\"appRoleId\":\"$graph_role_id\"}" --output none
  elif [ "$access_mode" = exchange-rbac ] && [ -n "$assignment_id" ]; then
    say "Removing the tenant-wide Entra grant of Microsoft Graph $role (Exchange RBAC for Applications scopes it instead)"
    az rest --method DELETE --uri "$GRAPH_API/servicePrincipals/$sp_id/appRoleAssignments/$assignment_id" --output none
  fi
done

# 5. The function app and the azd environment learn the client id.
current=$(az functionapp config appsettings list -g "$AZURE_RESOURCE_GROUP" -n "$AZURE_FUNCTION_APP_NAME" \
  --query "[?name=='Graph__ClientId'].value | [0]" -o tsv)
if [ "$current" != "$app_id" ]; then
  say "Setting Graph__ClientId, Api__ClientId and Api__Audience on $AZURE_FUNCTION_APP_NAME"
  az functionapp config appsettings set -g "$AZURE_RESOURCE_GROUP" -n "$AZURE_FUNCTION_APP_NAME" \
    --settings "Graph__ClientId=$app_id" "Api__ClientId=$app_id" "Api__Audience=api://$app_id" --output none
fi
if command -v azd >/dev/null 2>&1; then
  [ "${GRAPH_CLIENT_ID:-}" = "$app_id" ] || azd env set GRAPH_CLIENT_ID "$app_id"
  [ "${ADDIN_CLIENT_ID:-}" = "$addin_app_id" ] || azd env set ADDIN_CLIENT_ID "$addin_app_id"
fi

say "Done. API app (client) id: $app_id (service principal $sp_id); add-in app (client) id: $addin_app_id."
if [ "$access_mode" = exchange-rbac ]; then
  say "Next, in Exchange Online PowerShell (infra/README.md, step 6):"
  say "  ./infra/scripts/Grant-MailboxAccess.ps1 -AppId $app_id -ServicePrincipalObjectId $sp_id -Group <sales team group> -TestMailbox <a rep's address>"
fi
