package dev.rumourmill.testsupport;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Hands the test classes that take longest to the parallel runner first (junit-platform.properties). Four
 * classes run at a time; a long class that happens to start last keeps the build waiting for it alone. The
 * list is from the surefire reports (the time of each class); a class not on it only starts after these.
 */
public final class LongestFirst implements ClassOrderer {

    private static final List<String> LONGEST = List.of("BenchFeedsCommandTest", "StoryRaceEndToEndTest",
            "ImportContractsCommandTest", "DiscordAlertDeliveryEndToEndTest", "DiscordEndToEndTest",
            "DiscordAlertRestartEndToEndTest", "H2InUseRunTest", "ExactlyOnceDeliveryEndToEndTest", "AlertDeliveryTest",
            "DigestsTest", "AlertTargetsEndToEndTest", "MigratedTemplatesTest", "PreviewModeRunTest",
            "BenchContractsCommandTest", "SourceOutcomesTest", "ConfigOptionPositionTest", "HostileFeedsTest",
            "ArchitectureTest", "HttpFeedFetcherTest", "StoryLogStoreTest", "EvaluationTest", "FeedStoresTest",
            "ContractCommandsEndToEndTest");

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparingInt(descriptor -> rank(descriptor.getTestClass())));
    }

    private static int rank(Class<?> testClass) {
        int index = LONGEST.indexOf(testClass.getSimpleName());
        return index < 0 ? LONGEST.size() : index;
    }
}
