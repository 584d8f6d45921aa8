#!/bin/sh
# azd preprovision hook: makes sure the environment has OUTCOME_LINK_KEY, the key that signs the links in callback
# events (Api__OutcomeLinkKey). Generated once, 32 random bytes as base64, and kept in the azd environment
# (.azure/<env>/.env on this machine), so every provision deploys the same key and links already in calendars keep
# working. To rotate: azd env set OUTCOME_LINK_KEY "$(openssl rand -base64 32)" && azd provision (older links then
# show "not valid"; the add-in still records outcomes).
set -eu
if [ -z "${OUTCOME_LINK_KEY:-}" ]; then
  echo "[outcome-link-key] generating OUTCOME_LINK_KEY for this environment"
  azd env set OUTCOME_LINK_KEY "$(openssl rand -base64 32)"
fi
