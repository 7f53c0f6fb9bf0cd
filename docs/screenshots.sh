#!/bin/sh
# Renders docs/images/alerts-embed.png and docs/images/alerts-components.png: the real bot posts one story (new,
# edited by a second outlet, agreed with a role ping) to the loopback fake Discord, once as an embed and once in
# message components; the fake's messages are drawn as HTML in Discord's dark theme and shot with headless Chromium.
# Needs a JDK 17 and Chromium (Debian: apt-get install chromium fonts-noto-color-emoji). Extra arguments go to
# Maven (e.g. -o to build offline). Rerun it after changing how alerts look; the test suite never needs Chromium.
set -eu
cd "$(dirname "$0")/.."
./mvnw -q "$@" test-compile dependency:build-classpath -Dmdep.outputFile=target/test-cp.txt -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/test-cp.txt)"
java -cp "$CP" dev.rumourmill.discord.screenshots.AlertScreenshots target/screenshots
BROWSER=$(command -v chromium || command -v chromium-browser || command -v google-chrome)
for page in target/screenshots/*.html; do
    png="docs/images/$(basename "$page" .html).png"
    "$BROWSER" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=1 \
        --window-size=740,1400 --screenshot="$PWD/$png" "file://$PWD/$page" 2>/dev/null
    java -cp "$CP" dev.rumourmill.discord.screenshots.AlertScreenshots crop "$png"
    echo "$png"
done
