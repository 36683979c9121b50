#!/usr/bin/env bash
# Retakes the Studio screenshots in this folder (docs/studio/*.png) from a real browser over a real database:
# the ScreenshotTests of tests/Versioner.Studio.Tests, with chromium at /usr/lib/chromium/chromium.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/../.."
VERSIONER_STUDIO_SCREENSHOTS="$here" dotnet test tests/Versioner.Studio.Tests --filter "FullyQualifiedName~ScreenshotTests"
