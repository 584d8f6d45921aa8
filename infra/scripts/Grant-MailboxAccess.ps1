#Requires -Version 7.0
#Requires -Modules ExchangeOnlineManagement
<#
.SYNOPSIS
    Scopes Outlook Follow-Up's Microsoft Graph access to the sales team's mailboxes with Exchange Online
    RBAC for Applications, then verifies it.

.DESCRIPTION
    Idempotent. In Exchange Online PowerShell, as an Exchange Administrator (or a member of the
    Organization Management role group):

      1. New-ServicePrincipal: an Exchange pointer to the app registration's service principal;
      2. New-ManagementScope: the members of one mail-enabled security group or distribution group;
      3. New-ManagementRoleAssignment: 'Application <permission>' for each permission of
         infra/graph-app-permissions.txt (Mail.ReadWrite, Calendars.ReadWrite, MailboxSettings.Read), limited to that scope;
      4. Test-ServicePrincipalAuthorization: InScope must be True for a rep and False for someone else.

    Permissions are additive. If the app ALSO holds one of them as an admin-consented
    Microsoft Graph application permissions in Entra ID, those reach every mailbox in the tenant and this
    scope restricts nothing. The postprovision hook removes them (GRAPH_MAILBOX_ACCESS=exchange-rbac, the
    default); check Entra admin center > Enterprise applications > Outlook Follow-Up (<env>) > Permissions.

    The scope covers direct members of the group only (nested groups are not expanded). A new rep is added
    to the group; Exchange applies membership and assignment changes within about 30 minutes to 2 hours
    (Test-ServicePrincipalAuthorization shows the new state at once).

.PARAMETER AppId
    Application (client) id of the app registration (GRAPH_CLIENT_ID in the azd environment).

.PARAMETER ServicePrincipalObjectId
    Object id of the app's service principal in Entra ID (printed by the postprovision hook;
    `az ad sp show --id <AppId> --query id -o tsv`).

.PARAMETER Group
    The sales team: a mail-enabled security group or distribution group (name, alias or address).

.PARAMETER TestMailbox
    A member's mailbox: must be in scope for every role.

.PARAMETER OutsideMailbox
    Optional: a mailbox outside the group: must be out of scope for every role.

.EXAMPLE
    Connect-ExchangeOnline -UserPrincipalName admin@contoso.com
    ./infra/scripts/Grant-MailboxAccess.ps1 -AppId 11111111-... -ServicePrincipalObjectId 22222222-... `
        -Group sales-team@contoso.com -TestMailbox rep@contoso.com -OutsideMailbox ceo@contoso.com
#>
[CmdletBinding(SupportsShouldProcess)]
param(
    [Parameter(Mandatory)] [guid] $AppId,
    [Parameter(Mandatory)] [guid] $ServicePrincipalObjectId,
    [Parameter(Mandatory)] [string] $Group,
    [Parameter(Mandatory)] [string] $TestMailbox,
    [string] $OutsideMailbox,
    [string] $DisplayName = 'Outlook Follow-Up',
    [string] $ScopeName = 'Outlook Follow-Up sales mailboxes'
)

Set-StrictMode -Version Latest
$ErrorActionPreference = 'Stop'

# The one list of what the app needs, shared with postprovision.sh and the Graph sandbox's token.
$roles = @(Get-Content (Join-Path $PSScriptRoot '..' 'graph-app-permissions.txt') |
    ForEach-Object { $_.Trim() } | Where-Object { $_ -and -not $_.StartsWith('#') } | ForEach-Object { "Application $_" })

if (-not (Get-ConnectionInformation | Where-Object State -EQ 'Connected')) {
    Connect-ExchangeOnline -ShowBanner:$false
}

# 1. Exchange's pointer to the Entra service principal.
$servicePrincipal = Get-ServicePrincipal | Where-Object AppId -EQ $AppId.ToString()
if (-not $servicePrincipal) {
    if ($PSCmdlet.ShouldProcess($DisplayName, 'New-ServicePrincipal')) {
        $servicePrincipal = New-ServicePrincipal -AppId $AppId -ObjectId $ServicePrincipalObjectId -DisplayName $DisplayName
    }
}
Write-Host "Service principal: $DisplayName (AppId $AppId)"

# 2. The scope: direct members of the sales team's group.
$groupRecipient = Get-Recipient -Identity $Group -RecipientTypeDetails MailUniversalSecurityGroup, MailUniversalDistributionGroup
$filter = "MemberOfGroup -eq '$($groupRecipient.DistinguishedName)'"
$scope = Get-ManagementScope -Identity $ScopeName -ErrorAction SilentlyContinue
if (-not $scope) {
    if ($PSCmdlet.ShouldProcess($ScopeName, 'New-ManagementScope')) {
        New-ManagementScope -Name $ScopeName -RecipientRestrictionFilter $filter | Out-Null
    }
} elseif ($scope.RecipientFilter -ne $filter) {
    if ($PSCmdlet.ShouldProcess($ScopeName, 'Set-ManagementScope')) {
        Set-ManagementScope -Identity $ScopeName -RecipientRestrictionFilter $filter
    }
}
Write-Host "Scope '$ScopeName': members of $($groupRecipient.PrimarySmtpAddress)"

# 3. The application roles, limited to the scope.
foreach ($role in $roles) {
    $assignmentName = "$DisplayName - $role"   # at most 64 characters
    $assignment = Get-ManagementRoleAssignment -Identity $assignmentName -ErrorAction SilentlyContinue
    if (-not $assignment) {
        if ($PSCmdlet.ShouldProcess($assignmentName, 'New-ManagementRoleAssignment')) {
            New-ManagementRoleAssignment -Name $assignmentName -Role $role -App $ServicePrincipalObjectId `
                -CustomResourceScope $ScopeName | Out-Null
        }
    } elseif ($assignment.CustomResourceScope -ne $ScopeName) {
        if ($PSCmdlet.ShouldProcess($assignmentName, 'Set-ManagementRoleAssignment')) {
            Set-ManagementRoleAssignment -Identity $assignmentName -CustomResourceScope $ScopeName
        }
    }
    Write-Host "Role assignment: $assignmentName"
}

# 4. Verification.
function Assert-Scope([string] $Mailbox, [bool] $Expected) {
    $results = Test-ServicePrincipalAuthorization -Identity $AppId.ToString() -Resource $Mailbox |
        Where-Object RoleName -In $roles
    $results | Format-Table RoleName, GrantedPermissions, AllowedResourceScope, InScope | Out-Host
    $wrong = @($roles | Where-Object { $r = $_; -not ($results | Where-Object { $_.RoleName -eq $r -and $_.InScope -eq $Expected }) })
    if ($wrong.Count -gt 0) {
        throw "Expected InScope=$Expected for $Mailbox, but not for: $($wrong -join ', ')."
    }
}

if (-not $WhatIfPreference) {
    Assert-Scope -Mailbox $TestMailbox -Expected $true
    if ($OutsideMailbox) { Assert-Scope -Mailbox $OutsideMailbox -Expected $false }
    Write-Host 'Verified. Remember: an Entra admin-consented grant of any of these permissions would override this scope (tenant-wide).'
}
