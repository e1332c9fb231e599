package org.hearth.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @Test
    void theDefaultsJustWorkOnALaptop() {
        HearthConfig config = ConfigLoader.load(new String[0], Map.of());

        assertThat(config.bind()).isEqualTo("127.0.0.1");
        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.limits().textLength()).isEqualTo(4_000);
        assertThat(config.resumeGrace()).isEqualTo(Duration.ofMinutes(2));
        assertThat(config.rooms()).singleElement().satisfies(room -> assertThat(room.id().value()).isEqualTo("lounge"));
    }

    @Test
    void flagsOverrideTheEnvironmentWhichOverridesTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("hearth.properties");
        Files.writeString(file, """
                # a comment
                server.port = 9000
                limits.text-length = 2000
                rooms = lounge, night-owls
                room.night-owls.title = Night owls
                """);

        HearthConfig config = ConfigLoader.load(new String[] {"--config=" + file, "--server.port=9100"},
                Map.of("HEARTH_SERVER_PORT", "9050", "HEARTH_LIMITS_TEXT_LENGTH", "3000"));

        assertThat(config.port()).isEqualTo(9100);
        assertThat(config.limits().textLength()).isEqualTo(3000);
        assertThat(config.rooms()).extracting(r -> r.id().value()).containsExactly("lounge", "night-owls");
        assertThat(config.rooms().get(1).title()).isEqualTo("Night owls");
    }

    @Test
    void aBadValueStopsStartUpSayingWhatWouldBeRight() {
        assertThatThrownBy(() -> HearthConfig.defaultsWith("server.port", "eighty"))
                .hasMessage("server.port: 'eighty' (expected: a whole number, 0 to 65535)");
        assertThatThrownBy(() -> HearthConfig.defaultsWith("limits.text-length", "0"))
                .hasMessage("limits.text-length: 0 (expected: 1 to 1000000)");
        assertThatThrownBy(() -> HearthConfig.defaultsWith("sessions.resume-grace", "soon"))
                .hasMessageContaining("expected: a duration such as 500ms, 10s, 2m, 1h or 30d");
        assertThatThrownBy(() -> HearthConfig.defaultsWith("rooms", "Lounge"))
                .hasMessageContaining("rooms: room 'Lounge' is not a room name");
        assertThatThrownBy(() -> HearthConfig.defaultsWith("room.attic.title", "Attic"))
                .hasMessage("room.attic.title: room 'attic' is not listed in rooms (lounge)");
    }

    @Test
    void anUnknownSettingIsRefusedWithTheListOfKnownOnes() {
        assertThatThrownBy(() -> ConfigLoader.load(new String[] {"--server.prot=9000"}, Map.of()))
                .hasMessageStartingWith("unknown setting 'server.prot' (expected one of: server.bind, server.port");
        assertThatThrownBy(() -> ConfigLoader.load(new String[] {"9000"}, Map.of()))
                .hasMessageContaining("expected: --key=value");
    }

    @Test
    void aRoomsWordListsAreReadFromTheConfiguration() {
        HearthConfig config = HearthConfig.defaultsWith("room.lounge.words.hold", "end it all, pills ,",
                "room.lounge.words.reject", "idiot");

        assertThat(config.rooms().getFirst().holdWords()).containsExactly("end it all", "pills");
        assertThat(config.rooms().getFirst().rejectWords()).containsExactly("idiot");
    }

    @Test
    void aRoomsCharterComesFromItsKeysWithCautiousDefaults() {
        HearthConfig config = HearthConfig.defaultsWith(
                "room.lounge.rule.1", "Be kind.",
                "room.lounge.rule.3", "No details of methods.",
                "room.lounge.support.1", "Samaritans (UK and Ireland): 116 123, any time",
                "room.lounge.moderation-hours", "Every evening, 18:00-23:00 UK time",
                "room.lounge.policy.links", "refused",
                "room.lounge.policy.slow-mode", "30s");

        Charter charter = config.rooms().getFirst().charter();

        assertThat(charter.rules()).extracting(org.hearth.protocol.RoomSummary.Rule::id).containsExactly("rule-1", "rule-3");
        assertThat(charter.support()).containsExactly("Samaritans (UK and Ireland): 116 123, any time");
        assertThat(charter.moderationHours()).isEqualTo("Every evening, 18:00-23:00 UK time");
        assertThat(charter.policies().links()).isEqualTo("refused");
        assertThat(charter.policies().slowMode()).isEqualTo(Duration.ofSeconds(30));
        assertThat(charter.policies().risk()).isEqualTo("hold");
        assertThat(charter.policies().suicideDiscussion()).isEqualTo("precluded");
        assertThat(charter.policies().whenUnmoderated()).isEqualTo("flow");
        assertThatThrownBy(() -> HearthConfig.defaultsWith("room.lounge.policy.risk", "ignore"))
                .hasMessage("room.lounge.policy.risk: 'ignore' (expected one of: hold, allow-with-support)");
    }

    @Test
    void aServerWithoutTheBuiltInLoungeNeedsOnlyItsOwnRooms() {
        HearthConfig config = HearthConfig.defaultsWith("rooms", "night-owls", "room.night-owls.title", "Night owls");

        assertThat(config.rooms()).singleElement().satisfies(room -> {
            assertThat(room.id().value()).isEqualTo("night-owls");
            assertThat(room.charter().rules()).isEmpty();
        });
    }

    @Test
    void aClusterNeedsPostgresqlAndAReadableRedisUrlAndIsOffByDefault() {
        assertThat(HearthConfig.defaultsWith().cluster().enabled()).isFalse();
        assertThatThrownBy(() -> HearthConfig.defaultsWith("cluster.redis-url", "redis://127.0.0.1:6379"))
                .hasMessageContaining("cluster.redis-url").hasMessageContaining("store.backend is sqlite")
                .hasMessageContaining("expected: store.backend=postgresql");
        assertThatThrownBy(() -> HearthConfig.defaultsWith("store.backend", "postgresql",
                "store.url", "postgresql://db.example/hearth", "cluster.redis-url", "http://127.0.0.1:6379"))
                .hasMessageContaining("cluster.redis-url: scheme 'http'");
        assertThatThrownBy(() -> HearthConfig.defaultsWith("cluster.channel-prefix", "has space"))
                .hasMessageContaining("cluster.channel-prefix");

        HearthConfig cluster = HearthConfig.defaultsWith("store.backend", "postgresql",
                "store.url", "postgresql://db.example/hearth", "cluster.redis-url", "redis://:secret@127.0.0.1:6379",
                "cluster.channel-prefix", "ward-7:");
        assertThat(cluster.cluster().enabled()).isTrue();
        assertThat(cluster.cluster().roomChannel("lounge")).isEqualTo("ward-7:room:lounge");
        assertThat(cluster.toString()).doesNotContain("secret");
    }

    @Test
    void theExampleFileDescribesExactlyTheDefaults() throws Exception {
        java.util.Properties example = new java.util.Properties();
        try (var in = java.nio.file.Files.newBufferedReader(java.nio.file.Path.of("..", "hearth.example.properties"))) {
            example.load(in);
        }
        java.util.Map<String, String> settings = new java.util.LinkedHashMap<>();
        example.stringPropertyNames().forEach(key -> settings.put(key, example.getProperty(key)));

        assertThat(ConfigLoader.fromSettings(settings)).usingRecursiveComparison().ignoringFields("overrides")
                .isEqualTo(ConfigLoader.fromSettings(java.util.Map.of()));
        assertThat(settings.keySet()).containsExactlyInAnyOrderElementsOf(ConfigLoader.DEFAULTS.keySet());
    }

    @Test
    void aPrintedConfigurationNeverShowsTheDatabasePassword() {
        HearthConfig config = ConfigLoader.load(new String[] {"--store.backend=postgresql",
                "--store.url=postgresql://hearth:s3cret-pass@127.0.0.1:5432/hearth"}, Map.of());

        assertThat(config.toString()).doesNotContain("s3cret-pass").contains("store.url=(hidden)");
    }
}
