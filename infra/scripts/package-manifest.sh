#!/bin/sh
# Writes the add-in's manifests for this azd environment to artifacts/manifest/, pointing at the deployed add-in host:
#   outlook-follow-up.zip  unified JSON manifest app package (manifest.json + icons): Microsoft 365 admin center
#   manifest.xml           add-in-only XML manifest, for Outlook clients that need it
# Run from the repository root after `azd up`:  sh infra/scripts/package-manifest.sh
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
host=${ADDIN_HOSTNAME:-$(azd env get-value ADDIN_HOSTNAME)}
[ -n "$host" ] || { echo "ADDIN_HOSTNAME is empty: run 'azd up' first." >&2; exit 1; }
placeholder=followup.contoso.com
out="$root/artifacts/manifest"
rm -rf "$out" && mkdir -p "$out/package"

sed "s#$placeholder#$host#g" "$root/addin/manifest/manifest.json" >"$out/package/manifest.json"
sed "s#$placeholder#$host#g" "$root/addin/manifest/manifest.xml" >"$out/manifest.xml"
cp "$root/addin/manifest/color.png" "$root/addin/manifest/outline.png" "$out/package/"
if grep -q "$placeholder" "$out/package/manifest.json" "$out/manifest.xml"; then
  echo "A manifest still names $placeholder." >&2; exit 1
fi
(cd "$out/package" && python3 -m zipfile -c ../outlook-follow-up.zip manifest.json color.png outline.png)
echo "Wrote $out/outlook-follow-up.zip and $out/manifest.xml for https://$host"
