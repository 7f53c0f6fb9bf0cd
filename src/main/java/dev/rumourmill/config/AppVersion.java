package dev.rumourmill.config;

/** The version written into the jar's manifest at build time ("dev" when run from an IDE). */
public final class AppVersion {

    private AppVersion() {
    }

    public static String current() {
        String version = AppVersion.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
