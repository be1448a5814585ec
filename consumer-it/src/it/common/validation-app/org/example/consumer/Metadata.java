package org.example.consumer;

/** Checks a jar's manifest: Implementation-Version is there on the class path (named modules do not expose it). */
final class Metadata {
    private Metadata() {
    }

    static void check(Class<?> type) {
        if (type.getModule().isNamed()) {
            App.check(type.getModule().getDescriptor() != null, type.getModule().getName() + " is an explicit module");
            return;
        }
        String version = type.getPackage().getImplementationVersion();
        App.check(version != null && !version.isEmpty(), type.getName() + "'s jar names its Implementation-Version");
    }
}
