package org.hearth.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The arrows of ARCHITECTURE.md, enforced. */
@AnalyzeClasses(packages = "org.hearth", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule nettyStaysInsideTheTransport = noClasses()
            .that().resideOutsideOfPackage("org.hearth.server.transport..")
            .should().dependOnClassesThat().resideInAPackage("io.netty..")
            .because("nothing past the transport sees a ByteBuf or a Netty type");

    @ArchTest
    static final ArchRule moderationKnowsNothingOfRoomsOrStores = noClasses()
            .that().resideInAPackage("org.hearth.server.moderation..")
            .should().dependOnClassesThat().resideInAnyPackage("org.hearth.server.room..", "org.hearth.server.store..",
                    "org.hearth.server.transport..", "org.hearth.server.session..")
            .because("filters decide on a candidate message; reacting is the room's job");

    @ArchTest
    static final ArchRule theProtocolDependsOnNoServerCode = noClasses()
            .that().resideInAPackage("org.hearth.protocol..")
            .should().dependOnClassesThat().resideInAnyPackage("org.hearth.server..", "io.netty..");

    @ArchTest
    static final ArchRule sessionsAndRoomsDoNotReachIntoTheTransport = noClasses()
            .that().resideInAnyPackage("org.hearth.server.session..", "org.hearth.server.room..",
                    "org.hearth.server.config..")
            .should().dependOnClassesThat().resideInAPackage("org.hearth.server.transport..");

    @ArchTest
    static final ArchRule redisStaysInsideTheCluster = noClasses()
            .that().resideOutsideOfPackage("org.hearth.server.cluster..")
            .should().dependOnClassesThat().resideInAPackage("io.lettuce..")
            .because("rooms see a RoomBus, not Redis; one node never loads Lettuce's connections");

    @ArchTest
    static final ArchRule roomsKnowTheBusNotTheCluster = noClasses()
            .that().resideInAnyPackage("org.hearth.server.room..", "org.hearth.server.store..")
            .should().dependOnClassesThat().resideInAPackage("org.hearth.server.cluster..");

    @ArchTest
    static final ArchRule sessionsDoNotDependOnRooms = noClasses()
            .that().resideInAPackage("org.hearth.server.session..")
            .should().dependOnClassesThat().resideInAnyPackage("org.hearth.server.room..", "org.hearth.server.moderation..");

    @ArchTest
    static final ArchRule theStoreKnowsNothingOfRoomsSessionsOrTheNetwork = noClasses()
            .that().resideInAPackage("org.hearth.server.store..")
            .should().dependOnClassesThat().resideInAnyPackage("org.hearth.server.room..", "org.hearth.server.session..",
                    "org.hearth.server.moderation..", "org.hearth.server.transport..", "io.netty..");

    @ArchTest
    static final ArchRule roomsUseTheStoreInterfacesNotABackend = noClasses()
            .that().resideInAPackage("org.hearth.server.room..")
            .should().dependOnClassesThat().resideInAnyPackage("org.hearth.server.store.sqlite..",
                    "org.hearth.server.store.postgres..", "org.hearth.server.store.jdbc..",
                    "org.hearth.server.store.memory..", "java.sql..");

    @ArchTest
    static final ArchRule storeBackendsDoNotReachIntoEachOther = noClasses()
            .that().resideInAnyPackage("org.hearth.server.store.sqlite..", "org.hearth.server.store.memory..",
                    "org.hearth.server.store.jdbc..")
            .should().dependOnClassesThat().resideInAnyPackage("org.hearth.server.store.postgres..", "com.zaxxer..",
                    "org.postgresql..")
            .because("each backend adds to the shared store; only the composition root picks one");

    @ArchTest
    static final ArchRule theSharedSqlStoreKnowsNoBackend = noClasses()
            .that().resideInAPackage("org.hearth.server.store.jdbc..")
            .should().dependOnClassesThat().resideInAnyPackage("org.hearth.server.store.sqlite..",
                    "org.hearth.server.store.postgres..", "org.hearth.server.store.memory..", "org.sqlite..")
            .because("what differs between databases is behind the Database interface");

    @ArchTest
    static final ArchRule onlyTheCompositionRootWiresTheTransport = noClasses()
            .that().resideOutsideOfPackages("org.hearth.server", "org.hearth.server.transport..")
            .should().dependOnClassesThat().resideInAPackage("org.hearth.server.transport..");

    @ArchTest
    static final ArchRule safetyClassifiersReadTextAndNothingElse = noClasses()
            .that().resideInAPackage("org.hearth.server.safety..")
            .should().dependOnClassesThat().resideInAnyPackage("org.hearth.protocol..", "org.hearth.server.room..",
                    "org.hearth.server.store..", "org.hearth.server.moderation..", "org.hearth.server.session..",
                    "org.hearth.server.transport..", "org.hearth.server.config..", "io.netty..")
            .because("a classifier says what it found in a text; the filters and the room decide what follows");

    @ArchTest
    static final ArchRule micrometerStaysInsideTheMetricsBackend = noClasses()
            .that().resideOutsideOfPackage("org.hearth.server.metrics.micrometer..")
            .should().dependOnClassesThat().resideInAPackage("io.micrometer..")
            .because("rooms, transport and store record through HearthMetrics; the backend can change");

    @ArchTest
    static final ArchRule onlyTheCompositionRootPicksTheMetricsBackend = noClasses()
            .that().resideOutsideOfPackages("org.hearth.server", "org.hearth.server.metrics.micrometer..")
            .should().dependOnClassesThat().resideInAPackage("org.hearth.server.metrics.micrometer..");

    @ArchTest
    static final ArchRule metricsKnowNothingOfTheRestOfTheServer = noClasses()
            .that().resideInAPackage("org.hearth.server.metrics..")
            .should().dependOnClassesThat().resideInAnyPackage("org.hearth.protocol..", "org.hearth.server.room..",
                    "org.hearth.server.store..", "org.hearth.server.moderation..", "org.hearth.server.session..",
                    "org.hearth.server.transport..", "org.hearth.server.config..", "io.netty..")
            .because("metrics are told counts and times in plain values; they never reach back into the server");
}
