package dev.rumourmill.cli;

import dev.rumourmill.config.AppVersion;
import picocli.CommandLine.IVersionProvider;

class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"Rumour Mill " + AppVersion.current()};
    }
}
