#!/usr/bin/env bash
# Packages the add-in for the Microsoft 365 admin center (Settings → Integrated apps → Upload custom apps).
#
# Usage: addin-manifest/build.sh HOST CLIENT_ID [OUTDIR]
#   HOST       host name (and optional port) that serves the task pane and the API over HTTPS, e.g. ki.stadt.example
#   CLIENT_ID  application (client) ID of the Entra app registration (a GUID), see infra/README.md
#   OUTDIR     where to write the result; default addin-manifest/dist
#
# Writes to OUTDIR:
#   kiofficeaddin-unified.zip   unified manifest (Word + Outlook, Microsoft 365 Apps, new Outlook, web): manifest.json,
#                               color.png, outline.png at the root of the zip
#   kiofficeaddin-word.xml      add-in only manifest for Word (perpetual/LTSC Office)
#   kiofficeaddin-outlook.xml   add-in only manifest for Outlook (perpetual/LTSC Outlook, Outlook for Mac)
#
# Optional environment: ADDIN_WEBSITE_URL, ADDIN_PRIVACY_URL, ADDIN_TERMS_URL (HTTPS) for the developer block the
# admin center shows; defaults https://HOST/, https://HOST/datenschutz.html, https://HOST/nutzungsbedingungen.html.
# Point them at the city's own pages (data protection notice, terms of use of the works agreement).
#
# It replaces the placeholders __ADDIN_HOST__, __ENTRA_CLIENT_ID__ and the three URL placeholders and nothing else;
# it needs bash, sed and python3 (for the zip, so no `zip` package is required). Raise the versions in the manifests before rebuilding for
# a change: the admin center only rolls out a higher version, and a permission change asks for re-consent.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

if [[ $# -lt 2 || $# -gt 3 ]]; then
  sed -n '4,8p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi
host=$1
client_id=$2
outdir=${3:-$here/dist}

# Strict shapes keep the sed substitution safe and catch a swapped argument order early.
if [[ ! $host =~ ^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+(:[0-9]{1,5})?$ ]]; then
  echo "HOST must be a fully qualified host name without scheme or path, e.g. ki.stadt.example (got '$host')." >&2
  exit 2
fi
if [[ ! $client_id =~ ^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$ ]]; then
  echo "CLIENT_ID must be the application (client) ID GUID of the Entra app registration (got '$client_id')." >&2
  exit 2
fi

website_url=${ADDIN_WEBSITE_URL:-https://$host/}
privacy_url=${ADDIN_PRIVACY_URL:-https://$host/datenschutz.html}
terms_url=${ADDIN_TERMS_URL:-https://$host/nutzungsbedingungen.html}
for url in "$website_url" "$privacy_url" "$terms_url"; do
  if [[ ! $url =~ ^https://[A-Za-z0-9._~:/?#@!()*+,=%-]+$ ]]; then
    echo "ADDIN_WEBSITE_URL, ADDIN_PRIVACY_URL and ADDIN_TERMS_URL must be plain HTTPS URLs (got '$url')." >&2
    exit 2
  fi
done

mkdir -p "$outdir"
outdir=$(cd "$outdir" && pwd)
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT

# Neither '|' nor '&' nor '\' can occur in the checked values, so they are safe in a sed replacement with '|'.
substitute() {
  sed -e "s|__WEBSITE_URL__|$website_url|g" -e "s|__PRIVACY_URL__|$privacy_url|g" -e "s|__TERMS_URL__|$terms_url|g" \
      -e "s|__ADDIN_HOST__|$host|g" -e "s|__ENTRA_CLIENT_ID__|$client_id|g" "$1" > "$2"
}

substitute "$here/unified/manifest.json" "$staging/manifest.json"
cp "$here/unified/color.png" "$here/unified/outline.png" "$staging/"
substitute "$here/xml/word.xml" "$staging/kiofficeaddin-word.xml"
substitute "$here/xml/outlook.xml" "$staging/kiofficeaddin-outlook.xml"

if grep -l '__[A-Z_]*__' "$staging"/manifest.json "$staging"/*.xml >&2; then
  echo "A placeholder was left unreplaced in the files above." >&2
  exit 1
fi

rm -f "$outdir/kiofficeaddin-unified.zip"
(cd "$staging" && python3 -m zipfile -c "$outdir/kiofficeaddin-unified.zip" manifest.json color.png outline.png)
cp "$staging/kiofficeaddin-word.xml" "$staging/kiofficeaddin-outlook.xml" "$outdir/"

echo "Wrote $outdir/kiofficeaddin-unified.zip, kiofficeaddin-word.xml, kiofficeaddin-outlook.xml for https://$host"
