# SPDX-License-Identifier: EPL-2.0
#Requires -Version 5.1
<#
.SYNOPSIS
    Writes this host's network inventory for HVNet: one JSON file, read-only on the host.

.DESCRIPTION
    Runs, on the local host, the cmdlets whose output HVNet imports, each with an explicit list of
    properties, and writes them as one JSON object keyed by cmdlet. Enumerations stay numbers, as
    ConvertTo-Json writes them. A cmdlet the host does not have (no Hyper-V role, Windows Server
    2008 R2 without the NetTCPIP module) or that fails is skipped and recorded under
    "hvnet-collector" with its reason; it never stops the run. Nothing on the host is changed.
    The file is written to a temporary file beside the target and then moved into place.

    Run it as an administrator (the Hyper-V cmdlets need it) in Windows PowerShell 5.1 or
    PowerShell 7.

.PARAMETER OutFile
    Where to write the inventory. Default: <computer name>.json in the current directory.

.EXAMPLE
    powershell.exe -NoProfile -ExecutionPolicy Bypass -File .\Get-HvnetInventory.ps1 -OutFile C:\Temp\HV01.json
#>
[CmdletBinding()]
param(
    [Parameter(Position = 0)]
    [ValidateNotNullOrEmpty()]
    [string] $OutFile = "$env:COMPUTERNAME.json"
)

Set-StrictMode -Version 2.0
$ErrorActionPreference = 'Stop'

# Windows PowerShell 5.1 writes an array as {"value":[...],"Count":n} when System.Array has
# extra type data in the session; without it, arrays are plain JSON arrays.
if ($PSVersionTable.PSEdition -ne 'Core') {
    Remove-TypeData -TypeName System.Array -ErrorAction Ignore
}

# The identity of the NIC a VLAN or ACL row belongs to.
$parentAdapter = @{
    Name       = 'ParentAdapter'
    Expression = { $_.ParentAdapter | Select-Object -Property 'Id', 'Name', 'VMName', 'IsManagementOs' }
}

# Inventory key => what runs on the host. The key's first word is the cmdlet that must exist.
$collectors = [ordered]@{
    'Get-ComputerInfo' = {
        $properties = 'CsName', 'OsName', 'OsVersion', 'OsBuildNumber', 'OsProductType', 'WindowsProductName'
        Get-ComputerInfo -Property $properties | Select-Object -Property $properties
    }
    'Get-CimInstance Win32_OperatingSystem' = {
        Get-CimInstance -ClassName Win32_OperatingSystem |
            Select-Object -Property 'CSName', 'Caption', 'Version', 'BuildNumber', 'ProductType'
    }
    'Get-VMHost' = {
        Get-VMHost | Select-Object -Property 'ComputerName', 'MacAddressMinimum', 'MacAddressMaximum'
    }
    'Get-NetAdapter' = {
        Get-NetAdapter -IncludeHidden |
            Select-Object -Property 'Name', 'InterfaceDescription', 'ifIndex', 'MacAddress', 'Status', 'Virtual',
                'Hidden', 'HardwareInterface', 'DeviceID', 'InterfaceGuid'
    }
    'Get-NetAdapterBinding' = {
        Get-NetAdapterBinding -IncludeHidden |
            Select-Object -Property 'Name', 'ComponentID', 'DisplayName', 'Enabled'
    }
    'Get-NetIPAddress' = {
        Get-NetIPAddress |
            Select-Object -Property 'InterfaceAlias', 'InterfaceIndex', 'IPAddress', 'AddressFamily', 'PrefixLength',
                'PrefixOrigin', 'SuffixOrigin', 'AddressState', 'Store'
    }
    'Get-NetRoute' = {
        Get-NetRoute |
            Select-Object -Property 'InterfaceAlias', 'InterfaceIndex', 'DestinationPrefix', 'NextHop', 'RouteMetric',
                'Store'
    }
    'Get-DnsClientServerAddress' = {
        Get-DnsClientServerAddress |
            Select-Object -Property 'InterfaceAlias', 'InterfaceIndex', 'AddressFamily', 'ServerAddresses'
    }
    'Get-CimInstance Win32_NetworkAdapterConfiguration' = {
        Get-CimInstance -ClassName Win32_NetworkAdapterConfiguration |
            Select-Object -Property 'Index', 'InterfaceIndex', 'Description', 'SettingID', 'MACAddress', 'IPEnabled',
                'DHCPEnabled', 'DHCPServer', 'IPAddress', 'IPSubnet', 'DefaultIPGateway', 'DNSServerSearchOrder'
    }
    'Get-VMSwitch' = {
        Get-VMSwitch |
            Select-Object -Property 'Name', 'Id', 'SwitchType', 'AllowManagementOS', 'EmbeddedTeamingEnabled',
                'NetAdapterInterfaceDescription', 'NetAdapterInterfaceDescriptions'
    }
    'Get-VMNetworkAdapter' = {
        Get-VMNetworkAdapter -All |
            Select-Object -Property 'Name', 'VMName', 'Id', 'IsManagementOs', 'DeviceId', 'SwitchName', 'SwitchId',
                'MacAddress', 'DynamicMacAddressEnabled', 'IPAddresses', 'DhcpGuard', 'RouterGuard',
                'MacAddressSpoofing'
    }
    'Get-VMNetworkAdapterVlan' = {
        Get-VMNetworkAdapter -All | Get-VMNetworkAdapterVlan |
            Select-Object -Property 'OperationMode', 'AccessVlanId', 'NativeVlanId', 'AllowedVlanIdListString',
                $parentAdapter
    }
    'Get-VMNetworkAdapterAcl' = {
        Get-VMNetworkAdapter -All | Get-VMNetworkAdapterAcl |
            Select-Object -Property 'Action', 'Direction', 'RemoteAddress', 'LocalAddress', $parentAdapter
    }
    'Get-NetNat' = {
        Get-NetNat | Select-Object -Property 'Name', 'InternalIPInterfaceAddressPrefix', 'Active'
    }
    'Get-NetNatStaticMapping' = {
        Get-NetNatStaticMapping |
            Select-Object -Property 'NatName', 'Protocol', 'ExternalIPAddress', 'ExternalPort', 'InternalIPAddress',
                'InternalPort'
    }
    'Get-VM' = {
        Get-VM | Select-Object -Property 'Name', 'Id', 'State'
    }
}

$skipped = New-Object -TypeName System.Collections.Generic.List[object]
$collector = [ordered]@{
    version     = 1
    computer    = $env:COMPUTERNAME
    collectedAt = (Get-Date).ToUniversalTime().ToString('o')
    powerShell  = $PSVersionTable.PSVersion.ToString()
    skipped     = @()
}
$inventory = [ordered]@{ 'hvnet-collector' = $collector }

foreach ($key in $collectors.Keys) {
    $command = ($key -split ' ')[0]
    if (-not (Get-Command -Name $command -ErrorAction Ignore)) {
        $skipped.Add([ordered]@{ key = $key; reason = "$command is not available on this host" })
        continue
    }
    try {
        $inventory[$key] = @(& $collectors[$key])
    } catch {
        $skipped.Add([ordered]@{ key = $key; reason = $_.Exception.Message })
    }
}
$collector.skipped = $skipped.ToArray()

# At most five levels are used (inventory, key, row, ParentAdapter, its values): -Depth 8 cuts nothing.
$json = ConvertTo-Json -InputObject $inventory -Depth 8

$target = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($OutFile)
$temporary = '{0}.{1}.tmp' -f $target, [guid]::NewGuid().ToString('N')
try {
    $utf8 = New-Object -TypeName System.Text.UTF8Encoding -ArgumentList $false
    [System.IO.File]::WriteAllText($temporary, $json, $utf8)
    if ([System.IO.File]::Exists($target)) {
        [System.IO.File]::Replace($temporary, $target, [NullString]::Value)
    } else {
        [System.IO.File]::Move($temporary, $target)
    }
} finally {
    if ([System.IO.File]::Exists($temporary)) {
        [System.IO.File]::Delete($temporary)
    }
}

foreach ($skip in $skipped) {
    Write-Warning ('{0} skipped: {1}' -f $skip.key, $skip.reason)
}
Write-Output ('Wrote {0}: {1} cmdlets, {2} skipped.' -f $target, ($collectors.Count - $skipped.Count), $skipped.Count)
